/**
 * collocations.csv: adjacent content-word pairs of each interview that occur together more often than
 * their words' frequencies predict (G² of the 2×2 table against independence).
 */
import type { AnalyzedInterview, CollocationRow } from '../../pipeline/types.js';
import { tableG2 } from './g2.js';
import { round3, topByG2 } from './rank.js';

export interface CollocationOptions {
  top?: number;
  minCount?: number;
  minG2?: number;
}

export function collocationRows(docs: ReadonlyArray<{ interview: { id: string }; terms: AnalyzedInterview['terms'] }>, opts: CollocationOptions = {}): CollocationRow[] {
  const { top = 25, minCount = 3, minG2 = 10.83 } = opts;
  const rows: CollocationRow[] = [];
  for (const d of docs) {
    const uni = d.terms.unigrams;
    const n = Object.values(uni).reduce((s, x) => s + x, 0);
    const mine: CollocationRow[] = [];
    for (const [bigram, k11] of Object.entries(d.terms.bigrams)) {
      if (k11 < minCount) continue;
      const [w1, w2] = bigram.split(' ');
      const c1 = uni[w1] ?? k11;
      const c2 = uni[w2] ?? k11;
      if (k11 * n <= c1 * c2) continue;
      const k12 = Math.max(0, c1 - k11);
      const k21 = Math.max(0, c2 - k11);
      const k22 = Math.max(0, n - c1 - c2 + k11);
      const g2 = tableG2(k11, k12, k21, k22);
      if (g2 < minG2) continue;
      mine.push({ interview_id: d.interview.id, bigram, count: k11, g2: round3(g2) });
    }
    rows.push(...topByG2(mine, top, (r) => r.bigram));
  }
  return rows;
}
