/** The distribution of sentence sentiment per speaker and interview (not only the mean): quartiles, whiskers, label shares. */
import { its, type InterviewAxis } from './its.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { as } from './as.js';
import { sentenceTotals, type SentenceTotalsRow } from './sentence-totals.js';
import { ByKey } from './by-key.js';
import { FEW } from './themes.js';
import { r4, table, type Table } from './table.js';
import { groupOf, INTERVIEW_COLUMNS, type GroupAxis, type InterviewGroups } from './groups.js';

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

type Distribution = Pick<SentimentSummaryRow, 'sd' | 'q1' | 'median' | 'q3' | 'whisker_low' | 'whisker_high'>;

/** The spread of sorted scores around their mean: standard deviation, quartiles and box-plot whiskers. */
function distribution(xs: readonly number[], mean: number): Distribution {
  const q1 = as.quantile(xs, 0.25);
  const q3 = as.quantile(xs, 0.75);
  const reach = 1.5 * (q3 - q1);
  const inside = xs.filter((x) => x >= q1 - reach && x <= q3 + reach);
  const sd = xs.length > 1 ? Math.sqrt(as.sum(xs.map((x) => (x - mean) ** 2)) / (xs.length - 1)) : 0;
  return {
    sd: r4(sd),
    q1: r4(q1),
    median: r4(as.median(xs)),
    q3: r4(q3),
    whisker_low: r4(inside[0] ?? Number.NaN),
    whisker_high: r4(inside[inside.length - 1] ?? Number.NaN),
  };
}

/**
 * Summaries, not every sentence: the chart and the report stay the same size however many sentences
 * an interview has (each sentence's score is in data/sentences.csv).
 */
export async function sentimentSummary(ctx: ReportContext, between?: () => void, speakerTotals?: readonly SentenceTotalsRow[]): Promise<Table<SentimentSummaryRow>> {
  const grouped = speakerTotals ?? (await sentenceTotals(ctx, between));
  // The scores as sentenceTotals averages them: rounded to four decimals.
  const scores = new ByKey<number[]>();
  for (const s of ctx.tables.sentences) scores.upsert([s.interview_id, s.speaker], () => []).push(r4(s.sentiment));
  const rows = grouped.flatMap((g): SentimentSummaryRow[] => {
    const iv = ctx.interview.get(g.interview_id);
    if (!iv) return [];
    const xs = (scores.get([iv.id, g.speaker]) ?? []).sort((a, b) => a - b);
    const mean = g.mean_sentiment;
    const d = distribution(xs, mean);
    return [{
      interview_id: iv.id, interview: iv.label, date: iv.date, order: iv.order,
      speaker: g.speaker,
      n_sentences: g.n_sentences,
      mean: r4(mean),
      sd: d.sd, q1: d.q1, median: d.median, q3: d.q3, whisker_low: d.whisker_low, whisker_high: d.whisker_high,
      share_negative: r4(g.share_negative),
      share_neutral: r4(g.share_neutral),
      share_positive: r4(g.share_positive),
      few: xs.length < FEW,
    }];
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker));
  return table('sentiment_summary', 'sentiment distribution per speaker and interview: mean, quartiles, label shares', [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'n_sentences', 'mean', 'sd', 'q1', 'median', 'q3', 'whisker_low', 'whisker_high', 'share_negative', 'share_neutral', 'share_positive', 'few',
  ], rows);
}

export type SentimentGroupRow = GroupAxis & Omit<SentimentSummaryRow, keyof InterviewAxis>;

interface GroupScores {
  axis: GroupAxis;
  speaker: string;
  xs: number[];
  labels: Record<'negative' | 'neutral' | 'positive', number>;
}

/**
 * The same summaries per group of consecutive interviews (groups.ts), for a report of more
 * interviews than a chart draws columns; empty when there are no groups. Quartiles and shares are of
 * the group's sentences, not combined from the interviews' summaries, which cannot give them.
 */
export function sentimentGroups(ctx: ReportContext, groups: InterviewGroups | null): Table<SentimentGroupRow> {
  if (!groups) return groupTable([]);
  // A Map per group, keyed by speaker: no key text made per sentence (a million at 300× the sample).
  const by = new Map<GroupAxis, Map<string, GroupScores>>();
  for (const s of ctx.tables.sentences) {
    const iv = ctx.interview.get(s.interview_id);
    if (!iv) continue;
    const axis = groupOf(groups, iv.order);
    let speakers = by.get(axis);
    if (!speakers) by.set(axis, (speakers = new Map()));
    let g = speakers.get(s.speaker);
    if (!g) speakers.set(s.speaker, (g = { axis, speaker: s.speaker, xs: [], labels: { negative: 0, neutral: 0, positive: 0 } }));
    g.xs.push(r4(s.sentiment));
    g.labels[s.label]++;
  }
  const rows = [...by.values()].flatMap((speakers) => [...speakers.values()]).map(({ axis, speaker, xs, labels }): SentimentGroupRow => {
    xs.sort((a, b) => a - b);
    const mean = as.mean(xs);
    const d = distribution(xs, mean);
    return {
      interview: axis.interview, order: axis.order, date: axis.date, n_interviews: axis.n_interviews,
      speaker,
      n_sentences: xs.length,
      mean: r4(mean),
      sd: d.sd, q1: d.q1, median: d.median, q3: d.q3, whisker_low: d.whisker_low, whisker_high: d.whisker_high,
      share_negative: r4(labels.negative / xs.length),
      share_neutral: r4(labels.neutral / xs.length),
      share_positive: r4(labels.positive / xs.length),
      few: xs.length < FEW,
    };
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker));
  return groupTable(rows);
}

function groupTable(rows: SentimentGroupRow[]): Table<SentimentGroupRow> {
  return table('sentiment_groups', `the sentiment distribution per speaker and group of consecutive interviews (a report of more than ${INTERVIEW_COLUMNS} interviews; else empty)`, [
    'interview', 'date', 'order', 'n_interviews', 'speaker', 'n_sentences', 'mean', 'sd', 'q1', 'median', 'q3', 'whisker_low', 'whisker_high', 'share_negative', 'share_neutral', 'share_positive', 'few',
  ], rows);
}
