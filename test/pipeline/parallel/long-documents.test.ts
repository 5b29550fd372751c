/**
 * Long files in a corpus read on worker threads (pipeline/parallel): they are read in this thread,
 * in parts, in their turn, while the workers read the others. Here a file of 900 bytes is long and
 * every interview is a part of its own, so the fixtures take that path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATA, runDocuments } from './fixtures.js';
import { tmpDir } from '../../helpers/tmp.js';

vi.mock('../../../pipeline/sentences/batches.js', async (importOriginal) =>
  (await import('../../helpers/parts.js')).onePartPerInterview(importOriginal, { LONG_DOCUMENT_BYTES: 900 }),
);

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'transcripts');
let dir: string;
let files: string[];
beforeAll(() => {
  dir = tmpDir('turnlens-long-');
  // The compilation (959 bytes, three interviews) between short files, twice.
  const names = ['article.txt', 'compilation.txt', 'inline-labels.txt', 'wrapped-labels.txt', 'compilation.txt', 'no-labels.txt'];
  files = names.map((name, i) => {
    const f = path.join(dir, `${i}-${name}`);
    fs.copyFileSync(path.join(FIXTURES, name), f);
    return f;
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('long files among files read by workers', () => {
  it('are read here, in parts, in input order, with the results of reading every file in one thread', async () => {
    expect(fs.statSync(files[1]).size).toBeGreaterThanOrEqual(900);
    const progress: number[] = [];
    const sequential = await runDocuments(files, { jobs: 1 });
    const pooled = await runDocuments(files, { jobs: 2, onProgress: (done) => void progress.push(done) });
    expect(pooled.jobs).toBe(2);
    expect(JSON.stringify(pooled.docs)).toBe(JSON.stringify(sequential.docs));
    expect(pooled.outcomes).toEqual(files.map(() => 'off'));
    // Only a file read here, in parts, reports progress within itself: two long files, two parts after the first each.
    const within = progress.filter((d) => !Number.isInteger(d));
    const parts = sequential.docs[1].interviews.length;
    expect(parts).toBeGreaterThan(1);
    expect(within).toHaveLength(2 * (parts - 1));
    expect(progress.filter(Number.isInteger)).toHaveLength(files.length);
  });

  it('are cached and served from the cache as when read in one thread', async () => {
    const cacheDir = tmpDir('turnlens-long-cache-');
    try {
      const plain = JSON.stringify((await runDocuments(files, { jobs: 1 })).docs);
      const cold = await runDocuments(files, { jobs: 2, cacheDir });
      expect(cold.outcomes).toEqual(files.map(() => 'miss'));
      const warm = await runDocuments(files, { jobs: 2, cacheDir });
      expect(warm.outcomes).toEqual(files.map(() => 'results'));
      expect(JSON.stringify(cold.docs)).toBe(plain);
      expect(JSON.stringify(warm.docs)).toBe(plain);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
