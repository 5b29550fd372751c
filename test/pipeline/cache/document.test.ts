import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { prepare, processDocument, tokenizeDocument } from '../../../pipeline/index.js';
import { cacheSpec, openCache, partKey, processCached, processCachedParts, resultsKey, tokensKey } from '../../../pipeline/cache/index.js';
import { checkEncoded, decodeInterview } from '../../../pipeline/cache/tokens-codec.js';
import { decodeResult, encodeResult } from '../../../pipeline/cache/results-codec.js';
import { StageTotals } from '../../../pipeline/timings.js';
import type { DocResult } from '../../../pipeline/types.js';
import { DATA } from '../parallel/fixtures.js';
import { ANALYZERS } from '../../../analyzers/index.js';
import { useTmpDir } from '../../helpers/tmp.js';

// One interview per batch, so the fixture compilation takes the many-part path a long document takes.
vi.mock('../../../pipeline/sentences/batches.js', async (importOriginal) =>
  (await import('../../helpers/parts.js')).onePartPerInterview(importOriginal),
);

const FIXTURE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'transcripts', 'compilation.txt');
const raw = { file: FIXTURE, encoding: 'UTF-8', sha256: 'compilation', text: fs.readFileSync(FIXTURE, 'utf8') };
const ctx = prepare({ dataDir: DATA });

const tmp = useTmpDir('turnlens-doc-cache-');

describe('a document through the cache, in parts', () => {
  it('stores each part’s tokens and results, and serves the same result from each layer', () => {
    const spec = cacheSpec(tmp(), ctx, { dataDir: DATA });
    const cache = openCache(spec);
    const plain = JSON.stringify(processDocument(raw, ctx));

    const parts: string[] = [];
    const outcome = processCachedParts(raw, ctx, (part, from) => void parts.push(from), cache);
    expect(outcome).toBe('miss');
    const whole = tokenizeDocument(raw, ctx);
    expect(parts).toEqual(whole.interviews.map(() => 'miss'));
    expect(parts.length).toBeGreaterThan(1);
    // Part k of the tokens layer holds interview k (one interview per part here), tokens and all.
    const tKey = tokensKey(spec, raw, ctx);
    whole.interviews.forEach((iv, k) => {
      const stored = cache.store.read<{ part: number; value: unknown }>('tokens', partKey(tKey, k))!;
      expect(stored.part).toBe(k);
      expect(decodeInterview(checkEncoded(stored.value), 0)).toStrictEqual(iv);
    });
    expect(JSON.stringify(processCached(raw, ctx, cache).result)).toBe(plain);

    // Without its results, the document is analysed again from the stored tokens.
    fs.rmSync(cache.store.file('results', resultsKey(spec, tKey)));
    const times = new StageTotals();
    const fromTokens = processCached(raw, ctx, cache, times);
    expect(fromTokens.outcome).toBe('tokens');
    expect(JSON.stringify(fromTokens.result)).toBe(plain);
    expect(times.toJSON()).not.toHaveProperty('sentences');

    const fromResults = processCached(raw, ctx, cache);
    expect(fromResults.outcome).toBe('results');
    expect(JSON.stringify(fromResults.result)).toBe(plain);
  });

  it('lends each part’s annotations to another configuration, part by part', () => {
    const dir = tmp();
    const spec = cacheSpec(dir, ctx, { dataDir: DATA });
    processCached(raw, ctx, openCache(spec));
    const tKey = tokensKey(spec, raw, ctx);
    const store = openCache(spec).store;
    expect(store.read('links', tKey)).toEqual({ results: resultsKey(spec, tKey), note: spec.analyzers });

    const other = prepare({ dataDir: DATA, targets: ['Huawei'] });
    const otherSpec = cacheSpec(dir, other, { dataDir: DATA });
    expect(tokensKey(otherSpec, raw, other)).toBe(tKey);
    // The earlier results of part 1 are gone, and those of part 2 name another sentence: those
    // parts alone run every analyzer.
    fs.rmSync(store.file('results', partKey(resultsKey(spec, tKey), 1)));
    const part2 = partKey(resultsKey(spec, tKey), 2);
    const stored = store.read<{ part: number; value: unknown }>('results', part2)!;
    const changed: DocResult = decodeResult(stored.value);
    changed.interviews[0].sentences[0].id += '-other';
    store.write('results', part2, { ...stored, value: encodeResult(changed) });
    const interviews = tokenizeDocument(raw, ctx).interviews.length;
    expect(interviews).toBeGreaterThan(2);
    const runs = ANALYZERS.map((a) => vi.spyOn(a, 'run'));
    let lent;
    try {
      lent = processCached(raw, other, openCache(otherSpec));
      expect(Object.fromEntries(ANALYZERS.map((a, i) => [a.name, runs[i].mock.calls.length]))).toEqual({
        sentiment: 2,
        entities: 2,
        themes: 2,
        terms: 2,
        stance: interviews,
      });
    } finally {
      for (const r of runs) r.mockRestore();
    }
    expect(lent.outcome).toBe('tokens');
    expect(JSON.stringify(lent.result)).toBe(JSON.stringify(processDocument(raw, other)));
    expect(store.read('links', tKey)).toEqual({ results: resultsKey(otherSpec, tKey), note: otherSpec.analyzers });
  });
});
