/** The distribution of sentence sentiment per speaker and interview (not only the mean): quartiles, whiskers, label shares. */
import { its, type InterviewAxis } from './its.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { as } from './as.js';
import { groupBy } from './frame.js';
import { FEW } from './themes.js';
import { r4, table, type Table } from './table.js';

export interface SentimentSummaryRow extends InterviewAxis {
  speaker: string;
  n_sentences: number;
  mean: number;
  sd: number;
  q1: number;
  median: number;
  q3: number;
  /** Box-plot whiskers: the lowest and highest scores within 1.5 interquartile ranges of the quartiles. */
  whisker_low: number;
  whisker_high: number;
  share_negative: number;
  share_neutral: number;
  share_positive: number;
  few: boolean;
}

/**
 * Summaries, not every sentence: the chart and the report stay the same size however many sentences
 * an interview has (each sentence's score is in data/sentences.csv).
 */
export async function sentimentSummary(ctx: ReportContext, between?: () => void): Promise<Table<SentimentSummaryRow>> {
  const labelled = ctx.tables.sentences.map((s) => ({
    interview_id: s.interview_id,
    speaker: s.speaker,
    sentiment: r4(s.sentiment),
    negative: s.label === 'negative' ? 1 : 0,
    neutral: s.label === 'neutral' ? 1 : 0,
    positive: s.label === 'positive' ? 1 : 0,
  }));
  const grouped = await groupBy(labelled, ['interview_id', 'speaker'], {
    sentiment: ['count', 'mean'],
    negative: ['mean'],
    neutral: ['mean'],
    positive: ['mean'],
  }, between);
  const scores = new Map<string, number[]>();
  for (const s of labelled) {
    const k = JSON.stringify([s.interview_id, s.speaker]);
    const list = scores.get(k);
    if (list) list.push(s.sentiment);
    else scores.set(k, [s.sentiment]);
  }
  const rows = grouped.flatMap((g): SentimentSummaryRow[] => {
    const iv = ctx.interview.get(String(g.interview_id));
    if (!iv) return [];
    const xs = (scores.get(JSON.stringify([iv.id, String(g.speaker)])) ?? []).sort((a, b) => a - b);
    const mean = Number(g.sentiment_mean);
    const q1 = as.quantile(xs, 0.25);
    const q3 = as.quantile(xs, 0.75);
    const reach = 1.5 * (q3 - q1);
    const inside = xs.filter((x) => x >= q1 - reach && x <= q3 + reach);
    const sd = xs.length > 1 ? Math.sqrt(as.sum(xs.map((x) => (x - mean) ** 2)) / (xs.length - 1)) : 0;
    return [{
      ...its.interviewAxis(iv),
      speaker: String(g.speaker),
      n_sentences: Number(g.sentiment_count),
      mean: r4(mean),
      sd: r4(sd),
      q1: r4(q1),
      median: r4(as.median(xs)),
      q3: r4(q3),
      whisker_low: r4(inside[0] ?? Number.NaN),
      whisker_high: r4(inside[inside.length - 1] ?? Number.NaN),
      share_negative: r4(Number(g.negative_mean)),
      share_neutral: r4(Number(g.neutral_mean)),
      share_positive: r4(Number(g.positive_mean)),
      few: xs.length < FEW,
    }];
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker));
  return table('sentiment_summary', 'sentiment distribution per speaker and interview: mean, quartiles, label shares', [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'n_sentences', 'mean', 'sd', 'q1', 'median', 'q3', 'whisker_low', 'whisker_high', 'share_negative', 'share_neutral', 'share_positive', 'few',
  ], rows);
}
