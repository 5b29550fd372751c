/** Module resolve hook for module-trace.ts (runs on Node's loader thread). */
export const HEAVY_PACKAGES = ['danfojs', 'danfojs-node', 'vega', 'vega-lite', 'vega-embed', 'compromise', 'natural'];

/** The package a module file or URL belongs to, from its node_modules path. */
export function packageOf(fileOrUrl: string): string | undefined {
  return /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)[/\\]/.exec(fileOrUrl)?.[1];
}

const seen = new Set<string>();

interface ResolveResult {
  url: string;
}
type NextResolve = (specifier: string, context: unknown) => Promise<ResolveResult>;

export async function resolve(specifier: string, context: unknown, next: NextResolve): Promise<ResolveResult> {
  const result = await next(specifier, context);
  const pkg = packageOf(result.url);
  if (pkg && HEAVY_PACKAGES.includes(pkg) && !seen.has(pkg)) {
    seen.add(pkg);
    process.stderr.write(`turnlens-bench module: ${pkg}\n`);
  }
  return result;
}
