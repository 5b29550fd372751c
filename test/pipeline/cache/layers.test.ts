import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheStore } from '../../../pipeline/cache/store.js';
import { throughCache, type LayeredWork } from '../../../pipeline/cache/layers.js';
import { sha256 } from '../../../pipeline/cache/hash.js';
import { StageTotals } from '../../../pipeline/timings.js';

interface FakeTokens {
  words: string[];
}
interface FakeResult {
  file: string;
  counts: Record<string, number>;
}

/** A fake document: tokenize splits words, annotate counts those in a "resource" list. */
function work(text: string, resource: string[], calls: { tokenize: number; annotate: number }): LayeredWork<FakeTokens, FakeResult> {
  const tokensKey = sha256('tokens', text);
  return {
    tokensKey,
    resultsKey: sha256('results', tokensKey, resource.join(',')),
    tokenize: () => {
      calls.tokenize += 1;
      return { words: text.split(/\s+/) };
    },
    annotate: (t) => {
      calls.annotate += 1;
      const counts: Record<string, number> = {};
      for (const w of t.words) if (resource.includes(w)) counts[w] = (counts[w] ?? 0) + 1;
      return { file: 'a.txt', counts };
    },
  };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-cache-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('two-layer cache', () => {
  const text = 'us security us trade security us';

  it('computes on a miss, then serves the results layer without tokenizing or annotating', () => {
    const store = new CacheStore(dir);
    const calls = { tokenize: 0, annotate: 0 };
    const first = throughCache(store, work(text, ['us'], calls), new StageTotals());
    expect(first.outcome).toBe('miss');
    expect(first.result.counts).toEqual({ us: 3 });
    const again = throughCache(store, work(text, ['us'], calls), new StageTotals());
    expect(again.outcome).toBe('results');
    expect(again.result).toEqual(first.result);
    expect(calls).toEqual({ tokenize: 1, annotate: 1 });
  });

  it('re-runs only the annotation when the resource changes, and reflects the new resource', () => {
    const store = new CacheStore(dir);
    const calls = { tokenize: 0, annotate: 0 };
    throughCache(store, work(text, ['us'], calls), new StageTotals());
    const edited = throughCache(store, work(text, ['us', 'security'], calls), new StageTotals());
    expect(edited.outcome).toBe('tokens');
    expect(edited.result.counts).toEqual({ us: 3, security: 2 });
    expect(calls).toEqual({ tokenize: 1, annotate: 2 });
  });

  it('re-tokenizes when the content changes', () => {
    const store = new CacheStore(dir);
    const calls = { tokenize: 0, annotate: 0 };
    throughCache(store, work(text, ['us'], calls), new StageTotals());
    const changed = throughCache(store, work(`${text} us`, ['us'], calls), new StageTotals());
    expect(changed.outcome).toBe('miss');
    expect(changed.result.counts).toEqual({ us: 4 });
    expect(calls).toEqual({ tokenize: 2, annotate: 2 });
  });

  it('treats a corrupt entry as a miss and overwrites it', () => {
    const store = new CacheStore(dir);
    const calls = { tokenize: 0, annotate: 0 };
    const w = work(text, ['us'], calls);
    throughCache(store, w, new StageTotals());
    fs.writeFileSync(store.file('results', w.resultsKey), 'not v8');
    fs.writeFileSync(store.file('tokens', w.tokensKey), Buffer.from([0xff, 0x0f, 0x00]));
    const again = throughCache(store, w, new StageTotals());
    expect(again.outcome).toBe('miss');
    expect(again.result.counts).toEqual({ us: 3 });
    expect(throughCache(store, w, new StageTotals()).outcome).toBe('results');
  });

  it('still computes when the cache folder cannot be written', () => {
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, '');
    const store = new CacheStore(path.join(blocker, 'cache'));
    const calls = { tokenize: 0, annotate: 0 };
    const r = throughCache(store, work(text, ['us'], calls), new StageTotals());
    expect(r.outcome).toBe('miss');
    expect(r.result.counts).toEqual({ us: 3 });
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it('records cache reads and writes as stages', () => {
    const times = new StageTotals();
    throughCache(new CacheStore(dir), work(text, ['us'], { tokenize: 0, annotate: 0 }), times);
    expect(Object.keys(times.toJSON()).sort()).toEqual(['cache read', 'cache write']);
  });

  it('stores tokens through pack/unpack, and counts an entry unpack rejects as a miss', () => {
    const store = new CacheStore(dir);
    const calls = { tokenize: 0, annotate: 0 };
    const packed = (version: string): LayeredWork<FakeTokens, FakeResult> => ({
      ...work(text, ['us'], calls),
      pack: (t) => ({ version, joined: t.words.join('|') }),
      unpack: (stored) => {
        const s = stored as { version: string; joined: string };
        if (s.version !== version) throw new Error('foreign');
        return { words: s.joined.split('|') };
      },
    });
    throughCache(store, packed('v1'), new StageTotals());
    const edited = (w: LayeredWork<FakeTokens, FakeResult>) => ({ ...w, resultsKey: sha256('other resource') });
    expect(throughCache(store, edited(packed('v1')), new StageTotals()).outcome).toBe('tokens');
    expect(throughCache(store, { ...edited(packed('v2')), resultsKey: sha256('third') }, new StageTotals()).outcome).toBe('miss');
    expect(calls.tokenize).toBe(2);
  });
});
