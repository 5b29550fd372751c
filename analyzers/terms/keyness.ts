/**
 * keyness.csv: the terms that distinguish each interview from the rest of the corpus (log-likelihood
 * G², Rayson & Garside), over-represented terms only, with the log ratio as effect size.
 */
import type { AnalyzedInterview, KeynessRow } from '../../pipeline/types.js';
import { keynessG2, logRatio } from './g2.js';
import { round3, topByG2 } from './rank.js';

export interface KeynessOptions {
  /** Terms kept per interview. */
  top?: number;
  /** A term must occur at least this often in the interview. */
  minCount?: number;
  /** Minimum G²; 3.84 is p < 0.05 with one degree of freedom. */
  minG2?: number;
}

export function keynessRows(docs: readonly AnalyzedInterview[], opts: KeynessOptions = {}): KeynessRow[] {
  const { top = 25, minCount = 3, minG2 = 3.84 } = opts;
  if (docs.length < 2) return [];
  const corpus = new Map<string, number>();
  let corpusTokens = 0;
  for (const d of docs) {
    corpusTokens += d.terms.nTokens;
    for (const [t, n] of Object.entries(d.terms.unigrams)) corpus.set(t, (corpus.get(t) ?? 0) + n);
  }
  const rows: KeynessRow[] = [];
  for (const d of docs) {
    const c = d.terms.nTokens;
    const rest = corpusTokens - c;
    const mine: KeynessRow[] = [];
    for (const [term, a] of Object.entries(d.terms.unigrams)) {
      if (a < minCount) continue;
      const b = (corpus.get(term) ?? a) - a;
      if (a / c <= b / rest) continue;
      const g2 = keynessG2(a, b, c, rest);
      if (g2 < minG2) continue;
      mine.push({ interview_id: d.interview.id, term, count: a, other_count: b, g2: round3(g2), log_ratio: round3(logRatio(a, b, c, rest)) });
    }
    rows.push(...topByG2(mine, top, (r) => r.term));
  }
  return rows;
}
