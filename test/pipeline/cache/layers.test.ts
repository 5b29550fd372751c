import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheStore } from '../../../pipeline/cache/store.js';
import { partKey, throughCache, type CacheOutcome, type LayeredWork, type WriteScheduler } from '../../../pipeline/cache/layers.js';
import { sha256 } from '../../../pipeline/cache/hash.js';
import { StageTotals } from '../../../pipeline/timings.js';

interface FakeTokens {
  words: string[];
  version?: string;
}
interface FakeResult {
  part: number;
  counts: Record<string, number>;
}
interface Calls {
  tokenize: number;
  annotate: number;
}

/**
 * A fake document whose parts are separated by "|": tokenize splits words, annotate counts those in
 * a "resource" list. `version` marks the stored tokens, and `check` refuses other versions.
 */
function work(text: string, resource: string[], calls: Calls, version = 'v1'): LayeredWork<FakeTokens, FakeResult> {
  const tokensKey = sha256('tokens', text);
  let part = 0;
  const annotate = (t: FakeTokens): FakeResult => {
    calls.annotate += 1;
    const counts: Record<string, number> = {};
    for (const w of t.words) if (resource.includes(w)) counts[w] = (counts[w] ?? 0) + 1;
    return { part: part++, counts };
  };
  return {
    tokensKey,
    resultsKey: sha256('results', tokensKey, resource.join(',')),
    compute: (each) => {
      part = 0;
      for (const piece of text.split('|')) {
        calls.tokenize += 1;
        const tokens = { words: piece.trim().split(/\s+/), version };
        each(annotate(tokens), () => tokens);
      }
    },
    annotate,
    check: (stored) => {
      const s = stored as FakeTokens;
      if (s.version !== version) throw new Error('foreign');
      return s;
    },
  };
}

/** throughCache, with the parts it hands on and where each came from. */
function run(store: CacheStore, w: LayeredWork<FakeTokens, FakeResult>, schedule?: WriteScheduler, times = new StageTotals()) {
  const parts: FakeResult[] = [];
  const from: CacheOutcome[] = [];
  const outcome = throughCache(store, w, times, (r, f) => (parts.push(r), from.push(f)), schedule);
  return { outcome, parts, from };
}

const fresh = (): Calls => ({ tokenize: 0, annotate: 0 });

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-cache-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('two-layer cache', () => {
  const text = 'us security us trade security us';

  it('computes on a miss, then serves the results layer without tokenizing or annotating', () => {
    const store = new CacheStore(dir);
    const calls = fresh();
    const first = run(store, work(text, ['us'], calls));
    expect(first.outcome).toBe('miss');
    expect(first.parts).toEqual([{ part: 0, counts: { us: 3 } }]);
    const again = run(store, work(text, ['us'], calls));
    expect(again.outcome).toBe('results');
    expect(again.parts).toEqual(first.parts);
    expect(again.from).toEqual(['results']);
    expect(calls).toEqual({ tokenize: 1, annotate: 1 });
  });

  it('re-runs only the annotation when the resource changes, and reflects the new resource', () => {
    const store = new CacheStore(dir);
    const calls = fresh();
    run(store, work(text, ['us'], calls));
    const edited = run(store, work(text, ['us', 'security'], calls));
    expect(edited.outcome).toBe('tokens');
    expect(edited.parts[0].counts).toEqual({ us: 3, security: 2 });
    expect(calls).toEqual({ tokenize: 1, annotate: 2 });
    expect(run(store, work(text, ['us', 'security'], calls)).outcome).toBe('results');
  });

  it('re-tokenizes when the content changes', () => {
    const store = new CacheStore(dir);
    const calls = fresh();
    run(store, work(text, ['us'], calls));
    const changed = run(store, work(`${text} us`, ['us'], calls));
    expect(changed.outcome).toBe('miss');
    expect(changed.parts[0].counts).toEqual({ us: 4 });
    expect(calls).toEqual({ tokenize: 2, annotate: 2 });
  });

  it('treats a corrupt entry as a miss and overwrites it', () => {
    const store = new CacheStore(dir);
    const w = work(text, ['us'], fresh());
    run(store, w);
    fs.writeFileSync(store.file('results', w.resultsKey), 'not v8');
    fs.writeFileSync(store.file('tokens', w.tokensKey), Buffer.from([0xff, 0x0f, 0x00]));
    const again = run(store, w);
    expect(again.outcome).toBe('miss');
    expect(again.parts[0].counts).toEqual({ us: 3 });
    expect(run(store, w).outcome).toBe('results');
  });

  it('still computes when the cache folder cannot be written', () => {
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, '');
    const store = new CacheStore(path.join(blocker, 'cache'));
    const r = run(store, work(text, ['us'], fresh()));
    expect(r.outcome).toBe('miss');
    expect(r.parts[0].counts).toEqual({ us: 3 });
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it('records cache reads and writes as stages', () => {
    const times = new StageTotals();
    run(new CacheStore(dir), work(text, ['us'], fresh()), undefined, times);
    expect(Object.keys(times.toJSON()).sort()).toEqual(['cache read', 'cache write']);
  });

  it('makes stored tokens when the write runs, and counts tokens check rejects as a miss', () => {
    const store = new CacheStore(dir);
    const calls = fresh();
    const made: string[] = [];
    const w = work(text, ['us'], calls);
    const watched: LayeredWork<FakeTokens, FakeResult> = {
      ...w,
      compute: (each) => w.compute((r, tokens) => each(r, () => (made.push('tokens'), tokens()))),
    };
    const held: Array<() => void> = [];
    run(store, watched, (write) => held.push(write));
    expect(made).toEqual([]);
    expect(held).toHaveLength(2);
    held.forEach((write) => write());
    expect(made).toEqual(['tokens']);
    expect(run(store, { ...work(text, ['us'], calls), resultsKey: sha256('other resource') }).outcome).toBe('tokens');
    expect(run(store, { ...work(text, ['us'], calls, 'v2'), resultsKey: sha256('third') }).outcome).toBe('miss');
    expect(calls.tokenize).toBe(2);
  });
});

describe('a document of several parts', () => {
  const text = 'us trade | security us | us us';
  const counts = [{ us: 1 }, { us: 1 }, { us: 2 }];

  it('hands on each part in order, stores each as an entry, and serves them from either layer', () => {
    const store = new CacheStore(dir);
    const calls = fresh();
    const w = work(text, ['us'], calls);
    const miss = run(store, w);
    expect(miss.outcome).toBe('miss');
    expect(miss.parts.map((p) => p.counts)).toEqual(counts);
    expect(miss.from).toEqual(['miss', 'miss', 'miss']);
    for (const layer of ['tokens', 'results'] as const) {
      const key = layer === 'tokens' ? w.tokensKey : w.resultsKey;
      expect([0, 1, 2].map((k) => store.has(layer, partKey(key, k)))).toEqual([true, true, true]);
    }
    const hit = run(store, work(text, ['us'], calls));
    expect([hit.outcome, hit.parts.map((p) => p.counts)]).toEqual(['results', counts]);
    const edited = run(store, { ...work(text, ['us', 'trade'], calls) });
    expect(edited.outcome).toBe('tokens');
    expect(edited.parts.map((p) => p.counts)).toEqual([{ us: 1, trade: 1 }, { us: 1 }, { us: 2 }]);
    expect(calls.tokenize).toBe(3);
  });

  it('writes its parts at once, not through the scheduler, and part 0 last', () => {
    const store = new CacheStore(dir);
    const w = work(text, ['us'], fresh());
    const held: Array<() => void> = [];
    run(store, w, (write) => held.push(write));
    expect(held).toEqual([]);
    const mtime = (k: number) => fs.statSync(store.file('results', partKey(w.resultsKey, k))).mtimeMs;
    expect(mtime(0)).toBeGreaterThanOrEqual(mtime(2));
  });

  it('falls back to the tokens layer when a later part is missing, handing nothing on twice', () => {
    const store = new CacheStore(dir);
    const calls = fresh();
    const w = work(text, ['us'], calls);
    run(store, w);
    fs.rmSync(store.file('results', partKey(w.resultsKey, 2)));
    const r = run(store, work(text, ['us'], calls));
    expect(r.outcome).toBe('tokens');
    expect(r.parts.map((p) => p.counts)).toEqual(counts);
    expect(r.from).toEqual(['tokens', 'tokens', 'tokens']);
  });

  it('goes on from the part that cannot be read, without handing on the parts before it again', () => {
    const store = new CacheStore(dir);
    const calls = fresh();
    const w = work(text, ['us'], calls);
    run(store, w);
    fs.writeFileSync(store.file('results', partKey(w.resultsKey, 1)), 'not v8');
    fs.writeFileSync(store.file('tokens', partKey(w.tokensKey, 2)), 'not v8');
    const r = run(store, work(text, ['us'], calls));
    expect(r.outcome).toBe('miss');
    expect(r.parts.map((p) => p.counts)).toEqual(counts);
    expect(r.from).toEqual(['results', 'tokens', 'miss']);
    // Repaired: the next run is served from the results layer.
    expect(run(store, work(text, ['us'], calls)).outcome).toBe('results');
  });
});
