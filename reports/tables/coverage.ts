/**
 * How much of the text the resources reach: the share of sentences where the sentiment lexicon scored
 * anything, where a theme cue matched and where an entity was found. Low coverage means the numbers
 * above rest on few sentences.
 */
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { sentenceTotals, type SentenceTotalsRow } from './sentence-totals.js';
import { r4, table, type Table } from './table.js';

export interface CoverageRow {
  interview_id: string;
  interview: string;
  order: number;
  speaker: string;
  n_sentences: number;
  n_words: number;
  share_sentiment_scored: number;
  share_with_theme: number;
  share_with_entity: number;
}

/** `speakerTotals`: sentenceTotals(ctx), when the caller has it already. */
export async function coverage(ctx: ReportContext, between?: () => void, speakerTotals?: readonly SentenceTotalsRow[]): Promise<Table<CoverageRow>> {
  const grouped = speakerTotals ?? (await sentenceTotals(ctx, between));
  const rows = grouped.flatMap((g): CoverageRow[] => {
    const iv = ctx.interview.get(g.interview_id);
    if (!iv) return [];
    return [{
      interview_id: iv.id,
      interview: iv.label,
      order: iv.order,
      speaker: g.speaker,
      n_sentences: g.n_sentences,
      n_words: g.n_words,
      share_sentiment_scored: r4(g.share_scored),
      share_with_theme: r4(g.share_themed),
      share_with_entity: r4(g.share_named),
    }];
  });
  rows.sort((a, b) => a.order - b.order || b.n_sentences - a.n_sentences || cmp(a.speaker, b.speaker));
  return table('coverage', 'per speaker and interview: sentences, words, and the share reached by the sentiment lexicon, theme cues and entity lists', [
    'interview_id', 'interview', 'order', 'speaker', 'n_sentences', 'n_words', 'share_sentiment_scored', 'share_with_theme', 'share_with_entity',
  ], rows);
}
