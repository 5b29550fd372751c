/**
 * AnalyzeOptions.helperThreads: analyzers' helper threads (compromise's names thread) change where
 * work runs, never what comes out, and end with the analysis.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../pipeline/index.js';
import { compromiseLoaded, stats } from '../../analyzers/entities/compromise.js';
import { namesThreadRunning } from '../../analyzers/entities/names-thread/index.js';

const TRANSCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'transcripts');

describe('helper threads', () => {
  it('give the same tables as none, read the names on their own thread, and end with the analysis', async () => {
    // First, so that compromise has not been loaded in this thread by anything else.
    const helped = await analyze([TRANSCRIPTS], { helperThreads: true, cacheDir: false });
    expect(stats.calls).toBeGreaterThan(0);
    expect(compromiseLoaded()).toBe(false);
    expect(namesThreadRunning()).toBe(false);

    const alone = await analyze([TRANSCRIPTS], { cacheDir: false });
    expect(compromiseLoaded()).toBe(true);
    expect(helped.tables).toEqual(alone.tables);
  });

  it('end when the analysis fails after they started', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-helpers-'));
    try {
      // Read in path order: the first document starts the helpers, the second cannot be read.
      fs.copyFileSync(path.join(TRANSCRIPTS, 'compilation.txt'), path.join(dir, 'a.txt'));
      fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x43]));
      await expect(analyze([dir], { helperThreads: true, cacheDir: false })).rejects.toThrow(/b\.txt.*binary/);
      expect(namesThreadRunning()).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
