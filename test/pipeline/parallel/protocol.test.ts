/** pipeline/parallel/protocol.ts: what of AnalyzeOptions crosses to the pool's workers. */
import { describe, expect, it } from 'vitest';
import { workerOptions } from '../../../pipeline/parallel/protocol.js';
import { CacheWrites } from '../../../pipeline/cache/writes.js';

describe('workerOptions', () => {
  it('keeps plain settings and drops callbacks, held cache writes and helper threads', () => {
    const out = workerOptions({
      targets: ['security_trust'],
      analyzers: ['sentiment'],
      jobs: 2,
      cacheDir: '/tmp/cache',
      keepDocs: false,
      helperThreads: true,
      cacheWrites: new CacheWrites(1),
      onProgress: () => undefined,
      onStage: () => undefined,
    });
    expect(out).toEqual({ targets: ['security_trust'], analyzers: ['sentiment'], jobs: 2, cacheDir: '/tmp/cache', keepDocs: false });
    // Plain data only: a worker receives it by structured clone.
    expect(structuredClone(out)).toEqual(out);
  });
});
