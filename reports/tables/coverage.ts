/**
 * How much of the text the resources reach: the share of sentences where the sentiment lexicon scored
 * anything, where a theme cue matched and where an entity was found. Low coverage means the numbers
 * above rest on few sentences.
 */
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { groupBy } from './frame.js';
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

export async function coverage(ctx: ReportContext, between?: () => void): Promise<Table<CoverageRow>> {
  const flags = ctx.tables.sentences.map((s) => ({
    interview_id: s.interview_id,
    speaker: s.speaker,
    n_words: s.n_words,
    scored: s.sentiment !== 0 ? 1 : 0,
    themed: s.themes ? 1 : 0,
    named: s.entities ? 1 : 0,
  }));
  const grouped = await groupBy(flags, ['interview_id', 'speaker'], { n_words: ['sum', 'count'], scored: ['mean'], themed: ['mean'], named: ['mean'] }, between);
  const rows = grouped.flatMap((g): CoverageRow[] => {
    const iv = ctx.interview.get(String(g.interview_id));
    if (!iv) return [];
    return [{
      interview_id: iv.id,
      interview: iv.label,
      order: iv.order,
      speaker: String(g.speaker),
      n_sentences: Number(g.n_words_count),
      n_words: Number(g.n_words_sum),
      share_sentiment_scored: r4(Number(g.scored_mean)),
      share_with_theme: r4(Number(g.themed_mean)),
      share_with_entity: r4(Number(g.named_mean)),
    }];
  });
  rows.sort((a, b) => a.order - b.order || b.n_sentences - a.n_sentences || cmp(a.speaker, b.speaker));
  return table('coverage', 'per speaker and interview: sentences, words, and the share reached by the sentiment lexicon, theme cues and entity lists', [
    'interview_id', 'interview', 'order', 'speaker', 'n_sentences', 'n_words', 'share_sentiment_scored', 'share_with_theme', 'share_with_entity',
  ], rows);
}
