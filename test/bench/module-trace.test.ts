/** bench/module-trace.ts: heavy packages reported as they load, in any thread, and only then. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The built module (`npm test` builds first): the benchmark runs it from dist/.
const TRACE = path.join(ROOT, 'dist', 'bench', 'module-trace.js');
const require = createRequire(import.meta.url);

function traced(script: string): string[] {
  const run = spawnSync(process.execPath, ['--import', TRACE, '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr.split('\n').filter((l) => l.startsWith('turnlens-bench module: '));
}

describe('module trace', () => {
  it('sees a package required in a worker thread that is then terminated', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-trace-'));
    try {
      // A worker from a file, as turnlens starts them (Node runs the --import module first there).
      const worker = path.join(dir, 'worker.cjs');
      fs.writeFileSync(
        worker,
        `require(${JSON.stringify(require.resolve('natural/lib/natural/util/stopwords.js'))});
         require('node:worker_threads').parentPort.postMessage(1);
         setInterval(() => {}, 1000);`,
      );
      const lines = traced(`
        const w = new (require('node:worker_threads').Worker)(${JSON.stringify(worker)});
        w.once('message', () => w.terminate());
      `);
      expect(lines).toEqual(['turnlens-bench module: natural (required)']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not count a package that is only resolved', () => {
    expect(traced(`require.resolve('compromise'); require.resolve('vega-lite');`)).toEqual([]);
  });

  it('sees an ES import by its resolve hook', async () => {
    const lines = traced(`import('vega-lite').then(() => {});`);
    expect(lines).toContain('turnlens-bench module: vega-lite');
  });
});
