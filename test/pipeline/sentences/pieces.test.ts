import { describe, expect, it } from 'vitest';
import { MAX_RUN, runCuts } from '../../../pipeline/sentences/pieces.js';
import { toSentences } from '../../../pipeline/sentences/index.js';
import { makeInterview } from './make-interview.js';

/** Longest whitespace-free run of each piece the cuts make. */
function longestRuns(text: string, cuts: number[]): number[] {
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((end, p) => Math.max(0, ...text.slice(bounds[p], end).split(/[ \n\t\r\u00a0]+/).map((r) => r.length)));
}

describe('runCuts: whitespace-free runs longer than MAX_RUN are cut, nothing else', () => {
  it('leaves ordinary text whole', () => {
    const url = 'https://example.com/' + 'a/'.repeat(200);
    expect(url.length).toBeLessThanOrEqual(MAX_RUN);
    expect(runCuts(`We met Mr. Ren in the U.S.A. on 2019-11-06. See ${url} — thanks!`.repeat(50))).toEqual([]);
    expect(runCuts('x'.repeat(MAX_RUN))).toEqual([]);
    expect(runCuts(('y'.repeat(MAX_RUN) + ' ').repeat(3))).toEqual([]);
  });

  const adversaries: Array<[string, string]> = [
    ['one long word', 'a'.repeat(5000)],
    ['initials', 'A.'.repeat(5000)],
    ['apostrophes', "'".repeat(5000)],
    ['hyphens', 'a-'.repeat(5000)],
    ['text around a long run', 'Before it. ' + '?!'.repeat(3000) + ' After it.'],
  ];
  it.each(adversaries)('%s: every piece keeps its runs within MAX_RUN', (_name, text) => {
    const cuts = runCuts(text);
    expect(cuts.length).toBeGreaterThan(0);
    expect([...cuts].sort((a, b) => a - b)).toEqual(cuts);
    for (const r of longestRuns(text, cuts)) expect(r).toBeLessThanOrEqual(MAX_RUN);
  });

  it('cuts after punctuation when the window has some, so initials stay whole', () => {
    const text = 'A.'.repeat(1000);
    for (const c of runCuts(text)) expect(text[c - 1]).toBe('.');
  });

  it('never cuts a surrogate pair', () => {
    const text = 'x' + '😀'.repeat(1000);
    for (const c of runCuts(text)) expect(text.charCodeAt(c) >= 0xdc00 && text.charCodeAt(c) <= 0xdfff).toBe(false);
  });
});

describe('toSentences on a turn read in pieces', () => {
  const text = 'We start here. ' + 'A.'.repeat(2000) + ' and ' + 'con'.repeat(600) + ' end. Thank you.';
  const [s0, ...rest] = toSentences(makeInterview([{ speaker: 'Ren Zhengfei', text }]));
  const all = [s0, ...rest];

  it('keeps exact offsets for every token and sentence', () => {
    for (const s of all) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('covers the text in order, with the ordinary sentences unchanged', () => {
    expect(s0.text).toBe('We start here.');
    expect(all[all.length - 1].text).toBe('Thank you.');
    for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
    expect(all.map((s) => s.index)).toEqual(all.map((_, i) => i));
  });
});
