/** Stance toward each target per interview, with its interval, its sentence count and its strongest quotes. */
import type { StanceLabel } from '../../pipeline/types.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { clip, evidenceList } from './evidence.js';
import { its, type InterviewAxis } from './its.js';
import { FEW } from './themes.js';
import { r4, table, type Table } from './table.js';

export interface StancePointRow extends InterviewAxis {
  speaker: string;
  target: string;
  score: number;
  ci_low: number;
  ci_high: number;
  n_sentences: number;
  n_turns: number;
  label: StanceLabel;
  few: boolean;
  quote_1: string;
  quote_2: string;
  quote_3: string;
  /** Sentence ids behind the point, strongest first. */
  evidence: string;
}

export function stancePoints(ctx: ReportContext): Table<StancePointRow> {
  const rows: StancePointRow[] = [];
  for (const s of ctx.tables.stance) {
    const iv = ctx.interview.get(s.interview_id);
    if (!iv || !ctx.targets.includes(s.target)) continue;
    const quotes = evidenceList(ctx, its.evidence(s), 3).map((e) => clip(e.text));
    rows.push({
      ...its.interviewAxis(iv),
      speaker: s.speaker,
      target: s.target,
      score: r4(s.score),
      ci_low: r4(s.ci_low),
      ci_high: r4(s.ci_high),
      n_sentences: s.n_sentences,
      n_turns: s.n_turns,
      label: s.label,
      few: s.n_sentences < FEW,
      quote_1: quotes[0] ?? '',
      quote_2: quotes[1] ?? '',
      quote_3: quotes[2] ?? '',
      evidence: s.evidence,
    });
  }
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker) || cmp(a.target, b.target));
  return table('stance_points', 'stance score toward each target per interview and speaker, with confidence interval and top quotes', [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'target', 'score', 'ci_low', 'ci_high', 'n_sentences', 'n_turns', 'label', 'few', 'quote_1', 'quote_2', 'quote_3', 'evidence',
  ], rows);
}
