/** Where the benchmark finds the project, its built CLI and the sample corpus, from dist/ or from source. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`bench: no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const CLI = path.join(ROOT, 'dist', 'pipeline', 'cli.cjs');
export const MODULE_TRACE = path.join(ROOT, 'dist', 'bench', 'module-trace.js');
export const SAMPLE_DIR = path.join(ROOT, 'data');
export const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');
