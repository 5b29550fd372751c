import { describe, expect, it } from 'vitest';
import { compromiseWindows, MAX_WINDOW_TOKENS } from '../../../analyzers/entities/compromise-names.js';
import { findNamesInWindows } from '../../../analyzers/entities/compromise.js';
import { turnSentences } from '../../../pipeline/sentences/index.js';
import type { Sentence } from '../../../pipeline/types.js';
import { DATA_DIR, prepare } from '../../../pipeline/index.js';
import { scoreText } from '../../../analyzers/score.js';
import { interviewOf } from './fixture.js';

function sentenceOf(text: string): Sentence {
  const [s] = turnSentences('t', interviewOf([text]).turns[0]);
  return s;
}

describe('findNamesInWindows', () => {
  // Read in one compromise document with a window after it, the name ran into the separator and was dropped.
  const cases: Array<[window: string, others: string[]]> = [
    ['founder was Carlos Slim.', ['Maria Cristina Lima Ferreira Fernandes Costa, Valor']],
    ['founder was Carlos Slim.', ['with the Berlin Wall during the', 'Maria Cristina Lima Ferreira Fernandes Costa, Valor', 'in the Songshan Lake area.']],
  ];
  it.each(cases)('finds in %j what it finds there alone, whatever is read with it', (window, others) => {
    const [alone] = findNamesInWindows([window]);
    expect(alone.map((f) => [f.kind, window.slice(f.start, f.end).startsWith('Carlos Slim')])).toEqual([['person', true]]);
    expect(findNamesInWindows([...others, window]).at(-1)).toEqual(alone);
    expect(findNamesInWindows([window, ...others])[0]).toEqual(alone);
  });
});

describe('compromiseWindows', () => {
  it('merges nearby runs into one window with two words of context', () => {
    const s = sentenceOf('we met Ann Lee and then Bo Chen yesterday at noon');
    const ws = compromiseWindows(s, [{ first: 2, end: 4 }, { first: 6, end: 8 }]);
    expect(ws.map((w) => w.text)).toEqual(['we met Ann Lee and then Bo Chen yesterday at']);
  });

  it('keeps runs far apart in windows of their own', () => {
    const s = sentenceOf('Ann Lee said that one two three four five six seven Bo Chen agreed');
    const ws = compromiseWindows(s, [{ first: 0, end: 2 }, { first: 11, end: 13 }]);
    expect(ws.map((w) => w.text)).toEqual(['Ann Lee said that', 'six seven Bo Chen agreed']);
  });

  it('reads a long run in bounded stretches that cover it, every 12 consecutive tokens whole in one', () => {
    const n = 500;
    const s = sentenceOf(`${'Abc '.repeat(n)}end`);
    const ws = compromiseWindows(s, [{ first: 0, end: n }]);
    expect(ws.length).toBeGreaterThan(n / MAX_WINDOW_TOKENS);
    for (const w of ws) expect(w.end - w.first).toBeLessThanOrEqual(MAX_WINDOW_TOKENS);
    for (let k = 0; k + 12 <= n; k++) expect(ws.some((w) => w.first <= k && k + 12 <= w.end)).toBe(true);
  });

  it('never merges many close runs into one window longer than the bound', () => {
    const n = 300;
    const s = sentenceOf('Ab Cd ef '.repeat(n));
    const runs = Array.from({ length: n }, (_, i) => ({ first: 3 * i, end: 3 * i + 2 }));
    const ws = compromiseWindows(s, runs);
    for (const w of ws) expect(w.end - w.first).toBeLessThanOrEqual(MAX_WINDOW_TOKENS);
    expect(ws.flatMap((w) => w.runs)).toHaveLength(n);
  });
});

describe('compromise on one long capitalised line', () => {
  it('scores 64,000 capitalised words in seconds, not the minute one compromise read of them takes', () => {
    const ctx = prepare({ dataDir: DATA_DIR });
    const t0 = performance.now();
    scoreText(`${'Abc '.repeat(64_000)}end`, ctx);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
