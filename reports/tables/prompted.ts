/**
 * Prompted versus volunteered: for each answer, a theme it carries was prompted when the question it
 * answers carries the theme too, and volunteered when only the answer does. Questions whose theme the
 * answer did not take up are counted as well ("not taken up").
 */
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { ByKey } from './by-key.js';
import { groupBy } from './frame.js';
import { its, type InterviewAxis } from './its.js';
import { table, type Table } from './table.js';

export type PromptKind = 'prompted' | 'volunteered' | 'not taken up';

export interface PromptedRow extends InterviewAxis {
  speaker: string;
  theme: string;
  kind: PromptKind;
  /** Number of answer turns. */
  n_answers: number;
}

export async function prompted(ctx: ReportContext, between?: () => void): Promise<Table<PromptedRow>> {
  // Only turns with a theme get an entry: most turns of a large corpus have none. Keyed by (interview,
  // turn) without a text per turn (by-key.ts).
  const themesOfTurn = new ByKey<Set<string>>();
  for (const s of ctx.tables.sentences) {
    if (!s.themes) continue;
    const set = themesOfTurn.upsert([s.interview_id, s.turn_index], () => new Set<string>());
    for (const t of its.themes(s)) set.add(t);
  }
  const none = new Set<string>();
  const events: Array<{ interview_id: string; speaker: string; theme: string; kind: PromptKind; one: number }> = [];
  for (const turn of ctx.tables.turns) {
    if (turn.answers_turn === null) continue;
    const answer = themesOfTurn.get([turn.interview_id, turn.turn_index]) ?? none;
    const question = themesOfTurn.get([turn.interview_id, turn.answers_turn]) ?? none;
    const { interview_id, speaker } = turn;
    for (const theme of answer) events.push({ interview_id, speaker, theme, kind: question.has(theme) ? 'prompted' : 'volunteered', one: 1 });
    for (const theme of question) if (!answer.has(theme)) events.push({ interview_id, speaker, theme, kind: 'not taken up', one: 1 });
  }
  const grouped = await groupBy(events, ['interview_id', 'speaker', 'theme', 'kind'], { one: ['sum'] }, between);
  const rows = grouped.flatMap((g): PromptedRow[] => {
    const iv = ctx.interview.get(String(g.interview_id));
    if (!iv) return [];
    return [{
      interview_id: iv.id, interview: iv.label, date: iv.date, order: iv.order,
      speaker: String(g.speaker),
      theme: String(g.theme),
      kind: g.kind as PromptKind,
      n_answers: Number(g.one_sum),
    }];
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker) || cmp(a.theme, b.theme) || cmp(a.kind, b.kind));
  return table('prompted', 'answers carrying a theme that the question raised (prompted) or not (volunteered), and questions not taken up', [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'theme', 'kind', 'n_answers',
  ], rows);
}
