/** Sentiment of each sentence, and its distribution per speaker and interview (not only the mean). */
import type { Role, SentimentLabel } from '../../pipeline/types.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { as } from './as.js';
import { groupBy } from './frame.js';
import { its } from './its.js';
import { FEW } from './themes.js';
import { r4, table, type Table } from './table.js';

export interface SentimentSentenceRow {
  interview_id: string;
  interview: string;
  date: string | null;
  order: number;
  speaker: string;
  role: Role;
  sentence_id: string;
  sentiment: number;
  label: SentimentLabel;
}

export interface SentimentSummaryRow {
  interview_id: string;
  interview: string;
  date: string | null;
  order: number;
  speaker: string;
  n_sentences: number;
  mean: number;
  sd: number;
  q1: number;
  median: number;
  q3: number;
  share_negative: number;
  share_neutral: number;
  share_positive: number;
  few: boolean;
}

export function sentimentSentences(ctx: ReportContext): Table<SentimentSentenceRow> {
  const rows = ctx.tables.sentences.flatMap((s): SentimentSentenceRow[] => {
    const iv = ctx.interview.get(s.interview_id);
    if (!iv) return [];
    return [{
      interview_id: iv.id,
      interview: iv.label,
      date: iv.date,
      order: iv.order,
      speaker: s.speaker,
      role: s.role,
      sentence_id: its.sentenceId(s),
      sentiment: r4(s.sentiment),
      label: s.label,
    }];
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.sentence_id, b.sentence_id));
  return table('sentiment_sentences', 'sentiment score and label of every sentence', [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'role', 'sentence_id', 'sentiment', 'label',
  ], rows);
}

export async function sentimentSummary(ctx: ReportContext, sentences: readonly SentimentSentenceRow[]): Promise<Table<SentimentSummaryRow>> {
  const labelled = sentences.map((s) => ({
    ...s,
    negative: s.label === 'negative' ? 1 : 0,
    neutral: s.label === 'neutral' ? 1 : 0,
    positive: s.label === 'positive' ? 1 : 0,
  }));
  const grouped = await groupBy(labelled, ['interview_id', 'speaker'], {
    sentiment: ['count', 'mean'],
    negative: ['mean'],
    neutral: ['mean'],
    positive: ['mean'],
  });
  const scores = new Map<string, number[]>();
  for (const s of sentences) {
    const k = JSON.stringify([s.interview_id, s.speaker]);
    const list = scores.get(k);
    if (list) list.push(s.sentiment);
    else scores.set(k, [s.sentiment]);
  }
  const rows = grouped.flatMap((g): SentimentSummaryRow[] => {
    const iv = ctx.interview.get(String(g.interview_id));
    if (!iv) return [];
    const xs = scores.get(JSON.stringify([iv.id, String(g.speaker)])) ?? [];
    const mean = Number(g.sentiment_mean);
    const sd = xs.length > 1 ? Math.sqrt(as.sum(xs.map((x) => (x - mean) ** 2)) / (xs.length - 1)) : 0;
    return [{
      interview_id: iv.id,
      interview: iv.label,
      date: iv.date,
      order: iv.order,
      speaker: String(g.speaker),
      n_sentences: Number(g.sentiment_count),
      mean: r4(mean),
      sd: r4(sd),
      q1: r4(as.quantile(xs, 0.25)),
      median: r4(as.median(xs)),
      q3: r4(as.quantile(xs, 0.75)),
      share_negative: r4(Number(g.negative_mean)),
      share_neutral: r4(Number(g.neutral_mean)),
      share_positive: r4(Number(g.positive_mean)),
      few: xs.length < FEW,
    }];
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker));
  return table('sentiment_summary', 'sentiment distribution per speaker and interview: mean, quartiles, label shares', [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'n_sentences', 'mean', 'sd', 'q1', 'median', 'q3', 'share_negative', 'share_neutral', 'share_positive', 'few',
  ], rows);
}
