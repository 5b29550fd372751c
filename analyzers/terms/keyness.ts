/**
 * keyness.csv: the terms that distinguish each interview from the rest of the corpus (log-likelihood
 * G², Rayson & Garside), over-represented terms only, with the log ratio as effect size.
 */
import type { AnalyzedInterview, KeynessRow } from '../../pipeline/types.js';
import type { TermCounts } from '../types.js';
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

/** What keyness keeps of one interview: its token count and only the terms frequent enough to be key. */
interface InterviewTerms {
  nTokens: number;
  frequent: Array<[term: string, count: number]>;
}

/**
 * Keyness counts gathered one interview at a time: the corpus totals of every term, and of each
 * interview only the terms that reach `minCount` (the rest can never be key), so a corpus streamed
 * through the tables does not keep each interview's whole vocabulary until the end.
 */
export class KeynessCounts {
  private readonly corpus = new Map<string, number>();
  private corpusTokens = 0;
  private readonly interviews: InterviewTerms[] = [];
  private readonly minCount: number;

  constructor(private readonly opts: KeynessOptions = {}) {
    this.minCount = opts.minCount ?? 3;
  }

  add(terms: TermCounts): void {
    this.corpusTokens += terms.nTokens;
    const frequent: InterviewTerms['frequent'] = [];
    for (const [t, n] of Object.entries(terms.unigrams)) {
      this.corpus.set(t, (this.corpus.get(t) ?? 0) + n);
      if (n >= this.minCount) frequent.push([t, n]);
    }
    this.interviews.push({ nTokens: terms.nTokens, frequent });
  }

  /** The rows of every interview added, in order, under the ids given (one per interview). */
  rows(ids: readonly string[]): KeynessRow[] {
    const { top = 25, minG2 = 3.84 } = this.opts;
    if (this.interviews.length < 2) return [];
    const rows: KeynessRow[] = [];
    this.interviews.forEach((d, i) => {
      const c = d.nTokens;
      const rest = this.corpusTokens - c;
      const mine: KeynessRow[] = [];
      for (const [term, a] of d.frequent) {
        const b = (this.corpus.get(term) ?? a) - a;
        if (a / c <= b / rest) continue;
        const g2 = keynessG2(a, b, c, rest);
        if (g2 < minG2) continue;
        mine.push({ interview_id: ids[i], term, count: a, other_count: b, g2: round3(g2), log_ratio: round3(logRatio(a, b, c, rest)) });
      }
      rows.push(...topByG2(mine, top, (r) => r.term));
    });
    return rows;
  }
}

export function keynessRows(docs: readonly AnalyzedInterview[], opts: KeynessOptions = {}): KeynessRow[] {
  const counts = new KeynessCounts(opts);
  for (const d of docs) counts.add(d.terms);
  return counts.rows(docs.map((d) => d.interview.id));
}
