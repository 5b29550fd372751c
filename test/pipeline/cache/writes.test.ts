import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheWrites } from '../../../pipeline/cache/writes.js';
import { runDocuments, writeFixtureCorpus } from '../parallel/fixtures.js';
import { cacheEntries, entriesByLayer } from './entries.js';

describe('CacheWrites', () => {
  it('holds writes within its byte budget and runs them in order on flush', () => {
    const done: string[] = [];
    const q = new CacheWrites(10);
    q.schedule(4, () => done.push('a'));
    q.schedule(6, () => done.push('b'));
    expect(done).toEqual([]);
    expect(q.pending).toBe(2);
    q.flush();
    expect(done).toEqual(['a', 'b']);
    expect(q.pending).toBe(0);
  });

  it('runs a write at once when holding it would pass the budget, and starts afresh after a flush', () => {
    const done: string[] = [];
    const q = new CacheWrites(10);
    q.schedule(8, () => done.push('held'));
    q.schedule(3, () => done.push('now'));
    expect(done).toEqual(['now']);
    q.flush();
    q.schedule(10, () => done.push('held again'));
    expect(done).toEqual(['now', 'held']);
    q.flush();
    expect(done).toEqual(['now', 'held', 'held again']);
  });
});

describe('held cache writes on the real pipeline', () => {
  let corpus: { dir: string; files: string[] };
  let cacheDir: string;
  beforeAll(() => {
    corpus = writeFixtureCorpus(2);
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-cache-held-'));
  });
  afterAll(() => {
    for (const d of [corpus.dir, cacheDir]) fs.rmSync(d, { recursive: true, force: true });
  });
  const files = cacheEntries;

  it('writes nothing until flushed, then exactly what an immediate run writes', async () => {
    const cacheWrites = new CacheWrites(Number.POSITIVE_INFINITY);
    const held = await runDocuments(corpus.files, { jobs: 1, cacheDir, cacheWrites });
    expect(held.outcomes).toEqual(corpus.files.map(() => 'miss'));
    // Per document: its tokens, its results and the link from one to the other; and, for a document
    // in which compromise read any window, what it found there.
    const n = corpus.files.length;
    const pending = cacheWrites.pending;
    expect(files(cacheDir)).toEqual([]);
    cacheWrites.flush();
    const layers = entriesByLayer(cacheDir);
    expect(layers).toEqual({ tokens: n, results: n, links: n, names: layers.names });
    expect(layers.names).toBeGreaterThan(0);
    expect(layers.names).toBeLessThanOrEqual(n);
    expect(pending).toBe(3 * n + layers.names);
    const warm = await runDocuments(corpus.files, { jobs: 1, cacheDir });
    expect(warm.outcomes).toEqual(corpus.files.map(() => 'results'));
    expect(JSON.stringify(warm.docs)).toBe(JSON.stringify(held.docs));
  });

  it('is left alone by worker threads, which write their own cache at once', async () => {
    const pooledCache = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-cache-held-pool-'));
    try {
      const cacheWrites = new CacheWrites(Number.POSITIVE_INFINITY);
      const run = await runDocuments(corpus.files, { jobs: 2, cacheDir: pooledCache, cacheWrites });
      expect(run.outcomes).toEqual(corpus.files.map(() => 'miss'));
      expect(cacheWrites.pending).toBe(0);
      expect(entriesByLayer(pooledCache)).toEqual(entriesByLayer(cacheDir));
    } finally {
      fs.rmSync(pooledCache, { recursive: true, force: true });
    }
  });
});
