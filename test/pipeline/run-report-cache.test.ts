/**
 * runAnalyze hands its cache folder to the report, in the report thread (--jobs 1) and in the calling
 * thread (--jobs 2), so a second run takes its charts from the cache; --no-cache keeps none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../pipeline/run.js';
import { CHARTS } from '../../reports/charts/index.js';
import { SMALL_TRANSCRIPT } from './cli/fixtures.js';
import { entriesByLayer } from './cache/entries.js';
import { tmpDir, write } from '../helpers/tmp.js';

/** Every file under `dir`, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

describe('runAnalyze: charts kept in the result cache', () => {
  it.each([1, 2])('with --jobs %i, keeps each chart once and builds the same out/ from them', async (jobs) => {
    // Not a temporary working folder: worker threads under tsx resolve it from the project.
    const dir = tmpDir();
    write(dir, 'in/a.txt', SMALL_TRANSCRIPT);
    write(dir, 'in/b.txt', SMALL_TRANSCRIPT.replace(/Ren/g, 'Rin'));
    const cacheDir = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    try {
      await runAnalyze([path.join(dir, 'in')], { out, cacheDir, jobs });
      expect(entriesByLayer(cacheDir).charts).toBe(CHARTS.length);
      const first = snapshot(out);
      await runAnalyze([path.join(dir, 'in')], { out, cacheDir, jobs });
      expect(snapshot(out)).toEqual(first);
      expect(entriesByLayer(cacheDir).charts).toBe(CHARTS.length);

      fs.rmSync(cacheDir, { recursive: true });
      await runAnalyze([path.join(dir, 'in')], { out, cache: false, jobs });
      expect(snapshot(out)).toEqual(first);
      expect(fs.existsSync(cacheDir)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
