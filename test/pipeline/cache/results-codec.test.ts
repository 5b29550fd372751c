import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { prepare, processDocument } from '../../../pipeline/index.js';
import { decodeResult, encodeResult } from '../../../pipeline/cache/results-codec.js';
import { exactJson } from '../../../pipeline/cache/store.js';
import type { DocResult } from '../../../pipeline/types.js';
import { DATA } from '../parallel/fixtures.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'transcripts');
const ctx = prepare({ dataDir: DATA });
const analysed = (file: string): DocResult => processDocument({ file, encoding: 'UTF-8', sha256: file, text: fs.readFileSync(file, 'utf8') }, ctx);
// The sample's news article names people, countries and companies, and touches themes; the fixtures
// are a compilation, an article and a transcript with page numbers.
const docs = [
  path.join(DATA, 'ren-bbc-interview-news-2019-02.txt'),
  ...['compilation.txt', 'article.txt', 'numbered-pages.txt'].map((name) => path.join(FIXTURES, name)),
].map((file) => [path.basename(file), analysed(file)] as const);

/** Stored as the results layer stores it (JSON, checked to come back exactly), and read back. */
function throughStore(r: DocResult): { back: DocResult; chars: number } {
  const text = exactJson(encodeResult(r));
  if (text === undefined) throw new Error('not stored as JSON');
  return { back: decodeResult(JSON.parse(text)), chars: text.length };
}

describe('results codec', () => {
  it.each(docs)('reads %s back exactly, keys in order, in under 70% of the characters', (_, r) => {
    expect(r.interviews.length).toBeGreaterThan(0);
    const { back, chars } = throughStore(r);
    expect(back).toStrictEqual(r);
    expect(JSON.stringify(back)).toBe(JSON.stringify(r));
    expect(chars).toBeLessThan(0.7 * JSON.stringify(r).length);
  });

  it('stores every sentence and removed line of an analysed document as columns', () => {
    const [, r] = docs[0];
    const enc = encodeResult(r);
    if (enc.codec !== 'results-1') throw new Error(`stored as ${enc.codec}`);
    expect(enc.interviews.flatMap((iv) => iv.heads.whole)).toEqual([]);
    expect(enc.removed.whole).toEqual([]);
    expect(r.removed.length).toBeGreaterThan(0);
    expect(enc.interviews.flatMap((iv) => iv.notes.entity).length).toBeGreaterThan(10);
    expect(enc.interviews.flatMap((iv) => iv.notes.theme).length).toBeGreaterThan(5);
  });

  it('reads a piece of a long interview back with its piece', () => {
    const [, r] = docs[0];
    const piece: DocResult = { ...r, interviews: [{ ...r.interviews[0], piece: { index: 1, count: 3 } }] };
    expect(throughStore(piece).back).toStrictEqual(piece);
  });

  it('keeps a sentence its turn does not explain whole, in its place', () => {
    const r = structuredClone(docs[0][1]);
    r.interviews[0].sentences[1].speaker = 'Someone Else';
    const enc = encodeResult(r);
    if (enc.codec !== 'results-1') throw new Error(`stored as ${enc.codec}`);
    expect(enc.interviews[0].heads.whole.map(([k]) => k)).toEqual([1]);
    expect(throughStore(r).back).toStrictEqual(r);
  });

  it('keeps a sentence whose annotations the columns do not take (sentence-notes.ts) whole, in its place', () => {
    const r = structuredClone(docs[0][1]);
    Object.assign(r.interviews[0].sentences[2].sentiment, { compound: 1 });
    const enc = encodeResult(r);
    if (enc.codec !== 'results-1') throw new Error(`stored as ${enc.codec}`);
    expect(enc.interviews[0].heads.whole.map(([k]) => k)).toEqual([2]);
    expect(decodeResult(v8.deserialize(v8.serialize(enc)))).toStrictEqual(r);
  });

  it('stores a mention’s surface only where it is not the sentence’s text at its offsets', () => {
    const r = structuredClone(docs[0][1]);
    const s = r.interviews.flatMap((iv) => iv.sentences).find((x) => x.mentions.length > 0);
    if (!s) throw new Error('the fixture names no one');
    s.mentions[0].surface = 'written otherwise';
    const enc = encodeResult(r);
    if (enc.codec !== 'results-1') throw new Error(`stored as ${enc.codec}`);
    expect(enc.interviews.flatMap((iv) => iv.heads.whole)).toEqual([]);
    expect(enc.interviews.flatMap((iv) => iv.notes.surface).filter((x) => x !== null)).toEqual(['written otherwise']);
    expect(throughStore(r).back).toStrictEqual(r);
  });

  it('stores a result of another shape as it is', () => {
    const r = { ...docs[1][1], extra: true } as DocResult;
    expect(encodeResult(r).codec).toBe('results-plain');
    expect(throughStore(r).back).toStrictEqual(r);
  });

  it('refuses what it did not write, as the cache counts a miss', () => {
    expect(() => decodeResult(docs[1][1])).toThrow(/not a results-1/);
    expect(() => decodeResult({ codec: 'results-0' })).toThrow();
    expect(() => decodeResult(null)).toThrow();
  });
});
