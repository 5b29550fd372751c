/**
 * A long interview's pieces through the cache (pipeline/cache/document.ts): stored part by part, and
 * analysed again from the stored tokens with the entity finder's sweeps read from them too; each
 * layer gives what the interview gives read whole, without the cache.
 */
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { prepare, processDocument } from '../../../pipeline/index.js';
import { cacheSpec, openCache, partKey, processCached, resultsKey, tokensKey } from '../../../pipeline/cache/index.js';
import { StageTotals } from '../../../pipeline/timings.js';
import { DATA } from '../parallel/fixtures.js';
import { useTmpDir } from '../../helpers/tmp.js';

// Every interview of more than 10 characters in pieces of one turn, a turn of more than 60 in slices.
vi.mock('../../../pipeline/sentences/batches.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../pipeline/sentences/batches.js')>();
  return { ...original, planParts: (interviews, max, long, slice) => original.planParts(interviews, max ?? 1, long ?? 10, slice ?? 60) } satisfies typeof original;
});

const turns = ['Did Mrs. Kowalczyk approve the plan?', 'Yes, last week.', 'Who runs the factory?', 'The factory is run by Anna Kowalczyk, and it is secure.', 'Thank you.'];
const text = `${turns.map((t, i) => `${i % 2 ? 'SAM ROE' : 'ANN LEE'}: ${t}`).join('\n\n')}\n`;
const raw = { file: 'kowalczyk.txt', encoding: 'UTF-8', sha256: 'kowalczyk', text };
const ctx = prepare({ dataDir: DATA });
const plain = JSON.stringify(processDocument(raw, ctx));
const tmp = useTmpDir('turnlens-long-cache-');

describe('a long interview through the cache', () => {
  it('comes in pieces, and gives the whole reading from every layer', () => {
    const spec = cacheSpec(tmp(), ctx, { dataDir: DATA });
    const cache = openCache(spec);
    expect(plain).toContain('"entity":"Anna Kowalczyk","type":"person","surface":"Kowalczyk"');
    const computed = processCached(raw, ctx, cache);
    expect(computed.outcome).toBe('miss');
    expect(JSON.stringify(computed.result)).toBe(plain);
    const tKey = tokensKey(spec, raw, ctx);
    expect(cache.store.has('tokens', partKey(tKey, turns.length - 1))).toBe(true);

    fs.rmSync(cache.store.file('results', resultsKey(spec, tKey)));
    const times = new StageTotals();
    const fromTokens = processCached(raw, ctx, cache, times);
    expect(fromTokens.outcome).toBe('tokens');
    expect(JSON.stringify(fromTokens.result)).toBe(plain);
    expect(times.toJSON()).toHaveProperty('sweeps');
    expect(times.toJSON()).not.toHaveProperty('sentences');

    expect(processCached(raw, ctx, cache).outcome).toBe('results');
  });

  it('sweeps no stored piece when the earlier results lend the mentions', () => {
    const dir = tmp();
    processCached(raw, ctx, openCache(cacheSpec(dir, ctx, { dataDir: DATA })));
    const other = prepare({ dataDir: DATA, targets: ['Huawei'] });
    const times = new StageTotals();
    const lent = processCached(raw, other, openCache(cacheSpec(dir, other, { dataDir: DATA })), times);
    expect(lent.outcome).toBe('tokens');
    expect(times.toJSON()).not.toHaveProperty('sweeps');
    expect(JSON.stringify(lent.result)).toBe(JSON.stringify(processDocument(raw, other)));
  });

  it('reads the document again when a stored piece cannot be read while sweeping', () => {
    const spec = cacheSpec(tmp(), ctx, { dataDir: DATA });
    const cache = openCache(spec);
    processCached(raw, ctx, cache);
    const tKey = tokensKey(spec, raw, ctx);
    fs.rmSync(cache.store.file('results', resultsKey(spec, tKey)));
    const damaged = partKey(tKey, 2);
    cache.store.write('tokens', damaged, { part: 2, value: { codec: 'something else' } });
    const again = processCached(raw, ctx, cache);
    expect(again.outcome).toBe('miss');
    expect(JSON.stringify(again.result)).toBe(plain);
  });

  it('stores a turn read in slices slice by slice, and gives the same from every layer', () => {
    const said = 'Mrs. Kowalczyk approved the plan. The factory is run by Anna Kowalczyk. It is secure. We trust the United States.';
    const monologue = { file: 'monologue.txt', encoding: 'UTF-8', sha256: 'monologue', text: `ANN LEE: ${said} ${said}\n` };
    const expected = JSON.stringify(processDocument(monologue, ctx));
    const spec = cacheSpec(tmp(), ctx, { dataDir: DATA });
    const cache = openCache(spec);
    const computed = processCached(monologue, ctx, cache);
    expect(computed.outcome).toBe('miss');
    expect(JSON.stringify(computed.result)).toBe(expected);
    const tKey = tokensKey(spec, monologue, ctx);
    expect(cache.store.has('tokens', partKey(tKey, 3))).toBe(true);
    fs.rmSync(cache.store.file('results', resultsKey(spec, tKey)));
    const fromTokens = processCached(monologue, ctx, cache);
    expect(fromTokens.outcome).toBe('tokens');
    expect(JSON.stringify(fromTokens.result)).toBe(expected);
    expect(processCached(monologue, ctx, cache).outcome).toBe('results');
    expect(computed.result.interviews[0].interview.turns).toHaveLength(1);
    // Numbered on across the slices.
    const indexes = computed.result.interviews[0].sentences.map((s) => s.index);
    expect(indexes.length).toBeGreaterThanOrEqual(8);
    expect(indexes).toEqual(indexes.map((_, k) => k));
  });

  it('hands each slice what the one before named, read from fresh tokens or from stored ones', () => {
    // Cut after the first sentence: the "they" opens the second slice and refers back across the cut.
    const said = 'The United States wants to crush Huawei. They put us on the list. We will survive it.';
    const monologue = { file: 'they.txt', encoding: 'UTF-8', sha256: 'they', text: `ANN LEE: ${said}\n` };
    const spec = cacheSpec(tmp(), ctx, { dataDir: DATA });
    const cache = openCache(spec);
    const computed = processCached(monologue, ctx, cache);
    const tKey = tokensKey(spec, monologue, ctx);
    expect(cache.store.has('tokens', partKey(tKey, 1))).toBe(true);
    const [interview] = computed.result.interviews;
    const about = interview.stance.filter((t) => t.target === 'United States').flatMap((t) => t.evidence);
    expect(about.map((id) => interview.sentences.find((x) => x.id === id)!.text).sort()).toEqual(['The United States wants to crush Huawei.', 'They put us on the list.']);
    fs.rmSync(cache.store.file('results', resultsKey(spec, tKey)));
    const fromTokens = processCached(monologue, ctx, cache);
    expect(fromTokens.outcome).toBe('tokens');
    expect(JSON.stringify(fromTokens.result)).toBe(JSON.stringify(computed.result));
  });
});
