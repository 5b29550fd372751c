/**
 * Where turnlens's own files are, whichever way the code runs: as .ts sources under tsx (tests,
 * development), as tsc's modules under dist/, or inside the CLI's bundle (dist/pipeline/cli.cjs, see
 * esbuild.config.mjs), where every module's `import.meta.url` is the bundle's. Paths are therefore
 * found from the package root, never relative to the calling module.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const HERE = fileURLToPath(import.meta.url);
/** Whether the .ts sources run (under tsx) rather than the compiled code under dist/. */
export const RUNS_FROM_SOURCE = HERE.endsWith('.ts');

/** Nearest folder upwards holding package.json: the same from source, from dist/ and from a bundle. */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

export const PACKAGE_ROOT = packageRoot(path.dirname(HERE));

/** The folder holding `pipeline/`, `analyzers/` and `reports/` as they run: the package root or its dist/. */
export const CODE_ROOT = RUNS_FROM_SOURCE ? PACKAGE_ROOT : path.join(PACKAGE_ROOT, 'dist');

/**
 * The URL of one of turnlens's modules as it runs, `rel` being its path under the code root without
 * extension ('reports/thread/worker').
 */
export function codeFileUrl(rel: string): string {
  return pathToFileURL(path.join(CODE_ROOT, `${rel}${RUNS_FROM_SOURCE ? '.ts' : '.js'}`)).href;
}

/**
 * A worker thread running one of turnlens's modules (`rel` as for `codeFileUrl`). Under tsx the thread
 * registers tsx before importing the .ts source: a worker's `--import` hooks are not in place yet when
 * its entry module loads.
 */
export function startCodeThread(rel: string, options: WorkerOptions = {}): Worker {
  const entry = codeFileUrl(rel);
  if (!RUNS_FROM_SOURCE) return new Worker(new URL(entry), options);
  const code = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { ...options, eval: true });
}
