/**
 * The browser bundles inlined into the report (no request may leave the page), read once from the
 * installed packages. vega-interpreter evaluates Vega expressions without `new Function`, so the
 * page's Content-Security-Policy needs no 'unsafe-eval'; it ships as an ES module importing three
 * vega-util helpers, which the vega bundle also exposes, so it is adapted into a classic script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface BrowserAssets {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
  interpreter: string;
}

/** A package's folder, found the way Node looks for it (its "exports" hide the build files from require.resolve). */
export function packageDir(name: string, from?: string): string {
  const searched = from ? [path.join(from, 'node_modules'), ...(require.resolve.paths(name) ?? [])] : (require.resolve.paths(name) ?? []);
  for (const dir of searched) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`turnlens: internal error: package ${JSON.stringify(name)} is not installed; the report cannot inline it`);
}

const read = (pkg: string, file: string, from?: string): string =>
  fs.readFileSync(path.join(packageDir(pkg, from), file), 'utf8').replace(SOURCE_MAP, '\n');

const IMPORT = /^import \{ ([\w, ]+) \} from 'vega-util';\n/;
const EXPORT = /\nexport \{ expression as expressionInterpreter \};\s*$/;
// A source-map comment would point the browser's developer tools at a file that is not shipped.
const SOURCE_MAP = /\n\/\/# sourceMappingURL=\S+\s*$/;

export function adaptInterpreter(source: string): string {
  const imports = IMPORT.exec(source);
  if (!imports || !EXPORT.test(source)) {
    throw new Error('turnlens: internal error: vega-interpreter has an unexpected module layout; cannot inline it');
  }
  const body = source.replace(IMPORT, '').replace(EXPORT, '\n');
  return `(function (vega) {\n'use strict';\nconst { ${imports[1]} } = vega;\n${body}\nvega.expressionInterpreter = expression;\n})(window.vega);\n`;
}

let cached: BrowserAssets | undefined;

export function browserAssets(): BrowserAssets {
  cached ??= {
    vega: read('vega', 'build/vega.min.js'),
    vegaLite: read('vega-lite', 'build/vega-lite.min.js'),
    vegaEmbed: read('vega-embed', 'build/vega-embed.min.js'),
    // The interpreter version that vega-embed itself depends on.
    interpreter: adaptInterpreter(read('vega-interpreter', 'build/vega-interpreter.js', packageDir('vega-embed'))),
  };
  return cached;
}
