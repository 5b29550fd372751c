/**
 * Per speaker and interview, what three derived tables read of the sentences: theme_share's
 * denominators, coverage's counts and shares, sentiment_summary's mean and label shares. One group-by
 * over the sentences serves the three: each was a pass of its own over every sentence, and a pass
 * through danfojs leaves several hundred bytes of garbage per row (frame.ts).
 * Each aggregate reads one column, so it comes out as it did from the table's own group-by.
 */
import type { ReportContext } from '../context.js';
import type { SentenceRow } from '../../pipeline/types.js';
import { groupBy } from './frame.js';
import { r4 } from './table.js';

export interface SentenceTotalsRow {
  interview_id: string;
  speaker: string;
  n_sentences: number;
  n_words: number;
  /** Shares of the sentences with a sentiment score other than 0, with a theme, with an entity. */
  share_scored: number;
  share_themed: number;
  share_named: number;
  /** Mean of the scores rounded to four decimals (as sentiment_summary shows them). */
  mean_sentiment: number;
  share_negative: number;
  share_neutral: number;
  share_positive: number;
}

/** A sentence as the group-by reads it: one number per aggregated column. */
interface SentenceFlags {
  interview_id: string;
  speaker: string;
  n_words: number;
  scored: number;
  themed: number;
  named: number;
  sentiment: number;
  negative: number;
  neutral: number;
  positive: number;
}

const flagsOf = (s: SentenceRow): SentenceFlags => ({
  interview_id: s.interview_id,
  speaker: s.speaker,
  n_words: s.n_words,
  scored: s.sentiment !== 0 ? 1 : 0,
  themed: s.themes ? 1 : 0,
  named: s.entities ? 1 : 0,
  sentiment: r4(s.sentiment),
  negative: s.label === 'negative' ? 1 : 0,
  neutral: s.label === 'neutral' ? 1 : 0,
  positive: s.label === 'positive' ? 1 : 0,
});

/** One row per interview and speaker with sentences, sorted by interview id then speaker (groupBy's order). */
export async function sentenceTotals(ctx: ReportContext, between?: () => void): Promise<SentenceTotalsRow[]> {
  const grouped = await groupBy(ctx.tables.sentences.map(flagsOf), ['interview_id', 'speaker'], {
    n_words: ['sum', 'count'],
    scored: ['mean'],
    themed: ['mean'],
    named: ['mean'],
    sentiment: ['mean'],
    negative: ['mean'],
    neutral: ['mean'],
    positive: ['mean'],
  }, between);
  return grouped.map((g) => ({
    interview_id: String(g.interview_id),
    speaker: String(g.speaker),
    n_sentences: Number(g.n_words_count),
    n_words: Number(g.n_words_sum),
    share_scored: Number(g.scored_mean),
    share_themed: Number(g.themed_mean),
    share_named: Number(g.named_mean),
    mean_sentiment: Number(g.sentiment_mean),
    share_negative: Number(g.negative_mean),
    share_neutral: Number(g.neutral_mean),
    share_positive: Number(g.positive_mean),
  }));
}
