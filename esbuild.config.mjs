/**
 * `npm run build`, second step. tsc has compiled every module into dist/; the CLI is then bundled,
 * with the turnlens modules it imports, into one CommonJS file beside it (dist/pipeline/cli.cjs, the
 * package's "bin"). Node loaded the ~200 small ES modules one by one: about 65 ms of every start
 * (`--help`: 245 → 180 ms). (One ES-module bundle was slower than none: Node compiled the large
 * module in 75 ms, where it compiles CommonJS lazily.) The other modules under dist/ stay as tsc
 * wrote them: the library's exports, the worker threads and the benchmark use them.
 *
 * - Packages stay external (the heavy ones load only where a run uses them, and the benchmark's
 *   module trace still sees them), except zod: its ~160 modules cost about 25 ms more of `--help`
 *   than its part of the bundle.
 * - The report modules stay external ES modules, imported when a report is built: vega and vega-lite
 *   are ES modules with top-level await, which CommonJS cannot require.
 * - `import.meta.url` is the bundle's own URL; turnlens's files are found from the package root
 *   (pipeline/code-location.ts), not relative to the module that asks.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ENTRIES = ['pipeline/cli'];
const DIST = path.resolve('dist');
const REPORTS = path.join(DIST, 'reports') + path.sep;

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Imports of dist/reports/ stay imports, of the same file, from wherever the bundle is. */
function reportsOutside(outDir) {
  return {
    name: 'reports-outside',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const target = path.resolve(args.resolveDir, args.path);
        if (!target.startsWith(REPORTS)) return undefined;
        const rel = path.relative(outDir, target).split(path.sep).join('/');
        return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true };
      });
    },
  };
}

for (const entry of ENTRIES) {
  const outfile = path.join(DIST, `${entry}.cjs`);
  await build({
    entryPoints: [path.join(DIST, `${entry}.js`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // esbuild's table for node20 lacks Unicode property escapes, so it rewrote every regex literal
    // holding one (`/^\p{Lu}/u`) as `new RegExp(…)` where it stood: built again at every call, in
    // functions run per line and per token (esbuild itself keeps them as literals for es2022).
    supported: { 'regexp-unicode-property-escapes': true },
    external: Object.keys(pkg.dependencies).filter((d) => d !== 'zod'),
    plugins: [reportsOutside(path.dirname(outfile))],
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundleUrl' },
    logLevel: 'warning',
  });
}
