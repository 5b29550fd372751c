/**
 * runAnalyze starts the report thread ahead of the analysis only when the documents are analysed in
 * this thread: with worker threads every core is busy, and the thread would only compete with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SMALL_TRANSCRIPT } from './cli/fixtures.js';
import { tmpDir, write } from '../helpers/tmp.js';

const preloads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../reports/thread/preload.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../reports/thread/preload.js')>();
  return { ...real, preloadReport: () => (preloads.count++, real.preloadReport()) };
});
const { runAnalyze } = await import('../../pipeline/run.js');

describe('runAnalyze: report thread preloading', () => {
  it.each([
    [1, 1],
    [2, 0],
  ])('with --jobs %i, starts the report thread %i time(s) before the analysis, and writes the report', async (jobs, expected) => {
    // Not a temporary working folder: worker threads under tsx resolve it from the project.
    const dir = tmpDir();
    write(dir, 'in/a.txt', SMALL_TRANSCRIPT);
    write(dir, 'in/b.txt', SMALL_TRANSCRIPT.replace(/Ren/g, 'Rin'));
    preloads.count = 0;
    try {
      await runAnalyze([path.join(dir, 'in')], { out: path.join(dir, 'out'), cache: false, jobs });
      expect(preloads.count).toBe(expected);
      expect(fs.existsSync(path.join(dir, 'out', 'report.html'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
