/** Distinctive terms per interview: the strongest over-represented terms by log-likelihood. */
import { its, type InterviewAxis } from './its.js';
import type { KeynessRow } from '../../pipeline/types.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { table, r4, type Table } from './table.js';

export const TOP_TERMS = 10;

export interface KeynessTopRow extends InterviewAxis {
  rank: number;
  term: string;
  count: number;
  other_count: number;
  g2: number;
  log_ratio: number;
}

export function keynessTop(ctx: ReportContext): Table<KeynessTopRow> {
  const rows: KeynessTopRow[] = [];
  const over = new Map<string, KeynessRow[]>();
  for (const k of ctx.tables.keyness) {
    if (!(k.log_ratio > 0 && k.count > 0)) continue;
    const list = over.get(k.interview_id);
    if (list) list.push(k);
    else over.set(k.interview_id, [k]);
  }
  for (const iv of ctx.interviews) {
    const terms = (over.get(iv.id) ?? [])
      .sort((a, b) => b.g2 - a.g2 || cmp(a.term, b.term))
      .slice(0, TOP_TERMS);
    terms.forEach((k, i) =>
      rows.push({
        interview_id: iv.id, interview: iv.label, date: iv.date, order: iv.order,
        rank: i + 1,
        term: k.term,
        count: k.count,
        other_count: k.other_count,
        g2: r4(k.g2),
        log_ratio: r4(k.log_ratio),
      }),
    );
  }
  return table('keyness_top', `the ${TOP_TERMS} most distinctive terms of each interview against the rest (G², log ratio)`, [
    'interview_id', 'interview', 'date', 'order', 'rank', 'term', 'count', 'other_count', 'g2', 'log_ratio',
  ], rows);
}
