import { describe, expect, it } from 'vitest';
import { keynessG2, logRatio, tableG2 } from '../../../analyzers/terms/g2.js';
import { keynessRows } from '../../../analyzers/terms/keyness.js';
import { collocationRows } from '../../../analyzers/terms/collocations.js';
import type { AnalyzedInterview } from '../../../pipeline/types.js';
import type { TermCounts } from '../../../analyzers/types.js';
import { analyzed, annotate, interviewOf, speaker } from '../entities/fixture.js';

const docOf = (id: string, terms: TermCounts) => ({ interview: { id }, terms }) as unknown as AnalyzedInterview;

describe('terms: counts', () => {
  it('counts content lemmas and adjacent content bigrams, not stopwords', () => {
    const { a } = annotate(interviewOf(['We built the base stations. Base stations are simple.']));
    expect(a.terms.unigrams).toMatchObject({ build: 1, base: 2, station: 2, simple: 1 });
    expect(a.terms.unigrams.we).toBeUndefined();
    expect(a.terms.unigrams.the).toBeUndefined();
    expect(a.terms.bigrams['base station']).toBe(2);
    expect(a.terms.bigrams['station simple']).toBeUndefined();
    expect(a.terms.nTokens).toBe(9);
  });

  it('leaves out speakers’ names and people named in the text', () => {
    const iv = interviewOf([{ speaker: 'Stephen Engle', text: 'Thank you, Stephen. Ms. Meng met Donald Trump about chips.' }], [speaker('Stephen Engle')]);
    const { a } = annotate(iv);
    expect(Object.keys(a.terms.unigrams).sort()).toEqual(['chip', 'meet']);
  });

  it('keeps acronyms apart from words: "US" is not the pronoun "us"', () => {
    const { a } = annotate(interviewOf(['The US told us nothing about AI.']));
    expect(a.terms.unigrams.US).toBe(1);
    expect(a.terms.unigrams.AI).toBe(1);
  });
});

describe('terms: statistics', () => {
  it('keyness G² matches the hand-computed value', () => {
    // a=10 in 100 tokens vs b=0 in 100: both expectations are 5, G² = 2·10·ln 2.
    expect(keynessG2(10, 0, 100, 100)).toBeCloseTo(20 * Math.log(2), 10);
    expect(keynessG2(5, 5, 100, 100)).toBeCloseTo(0, 10);
    expect(logRatio(10, 5, 100, 100)).toBeCloseTo(1, 10);
  });
  it('2×2 G² is zero under independence and grows with association', () => {
    expect(tableG2(10, 10, 10, 10)).toBeCloseTo(0, 10);
    expect(tableG2(20, 1, 1, 100)).toBeGreaterThan(tableG2(10, 5, 5, 100));
  });
});

describe('terms: keyness rows', () => {
  const a = docOf('a', { unigrams: { virus: 20, network: 5, zeta: 4, alpha: 4 }, bigrams: {}, nTokens: 1000 });
  const b = docOf('b', { unigrams: { virus: 1, network: 30, alpha: 0 }, bigrams: {}, nTokens: 1000 });
  it('ranks over-represented terms by G², breaking ties by term', () => {
    const rows = keynessRows([a, b]);
    const mine = rows.filter((r) => r.interview_id === 'a').map((r) => r.term);
    expect(mine).toEqual(['virus', 'alpha', 'zeta']);
    expect(rows.filter((r) => r.interview_id === 'b').map((r) => r.term)).toEqual(['network']);
    expect(rows[0]).toMatchObject({ count: 20, other_count: 1 });
  });
  it('is deterministic whatever the input order of terms', () => {
    const shuffled = docOf('a', { unigrams: { alpha: 4, zeta: 4, network: 5, virus: 20 }, bigrams: {}, nTokens: 1000 });
    expect(keynessRows([shuffled, b])).toEqual(keynessRows([a, b]));
  });
  it('needs a reference: one interview gives no rows', () => {
    expect(keynessRows([a])).toEqual([]);
  });
});

describe('terms: collocations', () => {
  it('finds a pair that occurs together more than chance', () => {
    const text = Array.from({ length: 4 }, () => 'Base stations matter. Good engineers build networks. Cheap phones sell.').join(' ');
    const rows = collocationRows([analyzed(interviewOf([text]))]);
    expect(rows.map((r) => r.bigram)).toContain('base station');
    expect(rows.find((r) => r.bigram === 'base station')?.count).toBe(4);
  });
});
