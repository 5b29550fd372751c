import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { readInterview, storedInterviewId, storeInterview } from '../../../pipeline/cache/interview-codec.js';
import { prepare, tokenizeDocument } from '../../../pipeline/index.js';
import type { Interview, Turn } from '../../../pipeline/types.js';
import { DATA } from '../parallel/fixtures.js';

const file = path.join(DATA, 'ren-bbc-interview-news-2019-02.txt');
const [found] = tokenizeDocument({ file, encoding: 'UTF-8', sha256: 'x', text: fs.readFileSync(file, 'utf8') }, prepare({ dataDir: DATA })).interviews;
const interview: Interview = found.interview;

/** Stored, sent as the cache and the worker threads send it, and read back. */
const throughClone = (iv: Interview): Interview => readInterview(v8.deserialize(v8.serialize(storeInterview(iv))));
const throughJson = (iv: Interview): Interview => readInterview(JSON.parse(JSON.stringify(storeInterview(iv))));

describe('interviews in the cache', () => {
  it('stores every turn of a real interview in columns, and reads it back exactly, keys in order', () => {
    expect(interview.turns.length).toBeGreaterThan(5);
    const stored = storeInterview(interview);
    if ('whole' in stored) throw new Error('stored whole');
    expect(stored.turns.whole).toEqual([]);
    expect(storedInterviewId(stored)).toBe(interview.id);
    for (const back of [throughClone(interview), throughJson(interview)]) {
      expect(back).toStrictEqual(interview);
      expect(JSON.stringify(back)).toBe(JSON.stringify(interview));
    }
    // Each speaker, role and label once, not once a turn.
    expect(stored.turns.strings.length).toBeLessThan(interview.turns.length);
  });

  // Turns the columns would not give back exactly: kept whole, in their place.
  const t = interview.turns[1];
  const odd: Array<[string, Turn]> = [
    ['another interview id', { ...t, interviewId: 'other' }],
    ['another source file', { ...t, source: { file: 'other.txt', line: t.source.line } }],
    ['a source with a field more', { ...t, source: { ...t.source, page: 3 } as Turn['source'] }],
    ['keys in another order', (({ text, ...rest }) => ({ text, ...rest }))(t)],
    ['a field more', { ...t, extra: 1 } as Turn],
    ['a line map pair of three numbers', { ...t, lineMap: [[0, 1, 2]] as unknown as Turn['lineMap'] }],
    ['a negative offset in its line map', { ...t, lineMap: [[-1, 1]] }],
    ['an answered turn that is no count', { ...t, answersTurn: 0.5 }],
    ['an affiliation that is no text', { ...t, affiliation: 3 as unknown as string }],
    ['a word count that is no count', { ...t, nWords: Number.NaN }],
  ];
  it.each(odd)('keeps a turn with %s whole', (_, turn) => {
    const iv: Interview = { ...interview, turns: [interview.turns[0], turn, interview.turns[2]] };
    const stored = storeInterview(iv);
    if ('whole' in stored) throw new Error('stored whole');
    expect(stored.turns.whole.map(([k]) => k)).toEqual([1]);
    expect(throughClone(iv)).toStrictEqual(iv);
  });

  it('keeps an interview whose turns do not come last whole', () => {
    const { turns, ...head } = interview;
    const iv = { turns, ...head } as Interview;
    expect('whole' in storeInterview(iv)).toBe(true);
    expect(storedInterviewId(storeInterview(iv))).toBe(iv.id);
    expect(Object.keys(throughClone(iv))).toEqual(Object.keys(iv));
  });

  it('refuses columns naming a string they do not hold', () => {
    const stored = storeInterview(interview);
    if ('whole' in stored) throw new Error('stored whole');
    stored.turns.speaker[0] = 999;
    expect(() => readInterview(stored)).toThrow(/string 999/);
  });
});
