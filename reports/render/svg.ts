/** Server-side rendering of a Vega-Lite spec to a static SVG (the report's no-script and print fallback). */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

type Logger = NonNullable<NonNullable<Parameters<typeof compile>[1]>['logger']>;

/** Collects Vega and Vega-Lite warnings instead of printing them: the CLI's output stays clean and tests can assert none. */
export class CollectingLogger {
  readonly messages: string[] = [];
  private current = vega.Warn;
  level(_?: number): number | this {
    if (_ === undefined) return this.current;
    this.current = _;
    return this;
  }
  private add(kind: string, args: unknown[]): this {
    this.messages.push(`${kind}: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
    return this;
  }
  error(...args: unknown[]): this {
    return this.add('error', args);
  }
  warn(...args: unknown[]): this {
    return this.add('warn', args);
  }
  info(): this {
    return this;
  }
  debug(): this {
    return this;
  }
}

export interface Rendered {
  svg: string;
  /** Warnings from compiling and running the spec; empty for a sound chart. */
  warnings: string[];
}

export function compileSpec(spec: TopLevelSpec, logger = new CollectingLogger()): vega.Spec {
  return compile(spec, { logger: logger as unknown as Logger }).spec;
}

/**
 * Vega numbers gradient and clip ids from a process-wide counter, so the same chart would get other
 * ids on a second run, and two charts inlined in one page could collide. Ids are renamed per chart,
 * in order of appearance.
 */
export function stableIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1])) ids.set(m[1], `${prefix}-${ids.size}`);
  if (!ids.size) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (all, lead: string, id: string) => {
    const renamed = ids.get(id);
    return renamed ? `${lead}${renamed}` : all;
  });
}

export async function renderSvg(spec: TopLevelSpec, idPrefix = 'chart'): Promise<Rendered> {
  const logger = new CollectingLogger();
  const view = new vega.View(vega.parse(compileSpec(spec, logger)), {
    renderer: 'none',
    logger: logger as unknown as vega.LoggerInterface,
  });
  try {
    return { svg: stableIds(await view.toSVG(), idPrefix), warnings: logger.messages };
  } finally {
    view.finalize();
  }
}

/** Names of the top-level parameters a spec declares (what the report's controls may set). */
export function paramNames(spec: TopLevelSpec): string[] {
  const params = (spec as { params?: Array<{ name: string }> }).params ?? [];
  return params.map((p) => p.name);
}
