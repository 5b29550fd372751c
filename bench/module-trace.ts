/**
 * `node --import ./dist/bench/module-trace.js …` prints one stderr line per heavy package the process
 * loads (`turnlens-bench module: compromise`), so the benchmark can check that danfojs, vega,
 * vega-lite and compromise load only when a run uses them, in whichever thread. ES imports are seen
 * by a resolve hook; CommonJS modules (compromise, natural and danfojs are required lazily) as they
 * are compiled. Node runs `--import` modules in every worker thread too; a thread may be ended
 * before its stderr stream is flushed, so those lines are written to fd 2 at once.
 */
import fs from 'node:fs';
import Module, { register } from 'node:module';
import { HEAVY_PACKAGES, packageOf } from './module-trace-hooks.js';

register('./module-trace-hooks.js', import.meta.url);

type Compile = (this: unknown, content: string, filename: string) => unknown;
const proto = Module.prototype as unknown as { _compile: Compile };
const compile = proto._compile;
const seen = new Set<string>();
proto._compile = function (this: unknown, content: string, filename: string): unknown {
  const pkg = packageOf(filename);
  if (pkg && HEAVY_PACKAGES.includes(pkg) && !seen.has(pkg)) {
    seen.add(pkg);
    fs.writeSync(2, `turnlens-bench module: ${pkg} (required)\n`);
  }
  return compile.call(this, content, filename);
};
