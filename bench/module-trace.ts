/**
 * `node --import ./dist/bench/module-trace.js …` prints one stderr line per heavy package the process
 * loads (`turnlens-bench module: compromise`), so the benchmark can check that danfojs, vega,
 * vega-lite and compromise load only when a run uses them. ES imports are seen by a resolve hook;
 * CommonJS requires (compromise is required lazily) by reading the require cache at exit.
 */
import { createRequire, register } from 'node:module';
import { HEAVY_PACKAGES, packageOf } from './module-trace-hooks.js';

register('./module-trace-hooks.js', import.meta.url);

const requireCache = createRequire(import.meta.url).cache;

process.on('exit', () => {
  const required = new Set<string>();
  for (const file of Object.keys(requireCache)) {
    const pkg = packageOf(file);
    if (pkg && HEAVY_PACKAGES.includes(pkg)) required.add(pkg);
  }
  for (const pkg of [...required].sort()) process.stderr.write(`turnlens-bench module: ${pkg} (required)\n`);
});
