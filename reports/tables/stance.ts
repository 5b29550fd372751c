/** Stance toward each target per interview, with its interval, its sentence count and its strongest quotes. */
import type { StanceLabel, TurnStanceRow } from '../../pipeline/types.js';
import { bootstrapCI, mean, seedFor } from '../../analyzers/stance/bootstrap.js';
import { stanceLabel } from '../../analyzers/stance/index.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { clip, evidenceList, type Evidence } from './evidence.js';
import { its, type InterviewAxis } from './its.js';
import { FEW } from './themes.js';
import { r4, table, type Table } from './table.js';
import { as } from './as.js';
import { groupOf, INTERVIEW_COLUMNS, type GroupAxis, type InterviewGroups } from './groups.js';
import { ByKey } from './by-key.js';

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
      interview_id: iv.id, interview: iv.label, date: iv.date, order: iv.order,
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

/**
 * A group's evidence would repeat its interviews' (in stance_points) and, at thousands of interviews,
 * weigh tens of megabytes: a group names only the sentences it quotes.
 */
export type StanceGroupRow = GroupAxis & Omit<StancePointRow, keyof InterviewAxis | 'evidence'> & {
  /** The quoted sentences' ids, in quote order. */
  quote_ids: string;
};

/** The turns, with their scores, by group, speaker and target. */
interface GroupTurns {
  axis: GroupAxis;
  speaker: string;
  target: string;
  turns: { order: number; turn: TurnStanceRow }[];
}

/**
 * Stance per group of consecutive interviews (groups.ts), for a report of more interviews than a
 * chart draws columns; empty when there are no groups. As per interview (analyzers/stance/rows.ts):
 * the mean of the turn scores, with a bootstrap interval from resampling the turns, seeded from the
 * group's key with the analysis's settings. The quotes are the strongest sentence of each of the
 * strongest turns (the turn rows keep no sentence scores, but list a turn's strongest sentence first).
 */
export function stanceGroups(ctx: ReportContext, groups: InterviewGroups | null): Table<StanceGroupRow> {
  if (!groups) return groupTable([]);
  const by = new ByKey<GroupTurns>();
  const made: GroupTurns[] = [];
  for (const turn of ctx.tables.turnStance) {
    const iv = ctx.interview.get(turn.interview_id);
    if (!iv || !ctx.targets.includes(turn.target)) continue;
    const axis = groupOf(groups, iv.order);
    const g = by.upsert([axis.order, turn.speaker, turn.target], () => {
      const fresh: GroupTurns = { axis, speaker: turn.speaker, target: turn.target, turns: [] };
      made.push(fresh);
      return fresh;
    });
    g.turns.push({ order: iv.order, turn });
  }
  const { resamples, seed, neutralBand } = ctx.aggregate;
  const rows = made.map(({ axis, speaker, target, turns }): StanceGroupRow => {
    // In time and turn order, whatever the table's: the resampling draws turns by position.
    turns.sort((a, b) => a.order - b.order || a.turn.turn_index - b.turn.turn_index);
    const scores = turns.map((t) => t.turn.score);
    const score = mean(scores);
    const ci = bootstrapCI(scores, resamples, seedFor(`group\u0000${axis.interview}\u0000${speaker}\u0000${target}`, seed));
    const strongest = [...turns].sort((a, b) => Math.abs(b.turn.score) - Math.abs(a.turn.score) || a.order - b.order || a.turn.turn_index - b.turn.turn_index);
    const quoted: Evidence[] = [];
    for (const t of strongest) {
      if (quoted.length === 3) break;
      quoted.push(...evidenceList(ctx, its.evidence(t.turn), 1));
    }
    const quotes = quoted.map((e) => clip(e.text));
    const n = as.sum(turns.map((t) => t.turn.n_sentences));
    return {
      interview: axis.interview, order: axis.order, date: axis.date, n_interviews: axis.n_interviews,
      speaker,
      target,
      score: r4(score),
      ci_low: r4(ci.low),
      ci_high: r4(ci.high),
      n_sentences: n,
      n_turns: turns.length,
      label: stanceLabel(score, neutralBand),
      few: n < FEW,
      quote_1: quotes[0] ?? '',
      quote_2: quotes[1] ?? '',
      quote_3: quotes[2] ?? '',
      quote_ids: quoted.map((e) => e.id).join(';'),
    };
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker) || cmp(a.target, b.target));
  return groupTable(rows);
}

function groupTable(rows: StanceGroupRow[]): Table<StanceGroupRow> {
  return table('stance_groups', `stance toward each target per speaker and group of consecutive interviews, with interval and top quotes; every sentence behind it is in stance_points (a report of more than ${INTERVIEW_COLUMNS} interviews; else empty)`, [
    'interview', 'date', 'order', 'n_interviews', 'speaker', 'target', 'score', 'ci_low', 'ci_high', 'n_sentences', 'n_turns', 'label', 'few', 'quote_1', 'quote_2', 'quote_3', 'quote_ids',
  ], rows);
}
