/** Who speaks how much: words and turns per speaker and role in each interview. */
import type { Role } from '../../pipeline/types.js';
import type { ReportContext } from '../context.js';
import { groupBy } from './frame.js';
import { as } from './as.js';
import { r4, table, type Table } from './table.js';

export interface SpeakerWordsRow {
  interview_id: string;
  interview: string;
  order: number;
  speaker: string;
  role: Role;
  n_turns: number;
  n_words: number;
  /** Share of the interview's words. */
  share: number;
}

export async function speakerWords(ctx: ReportContext, between?: () => void): Promise<Table<SpeakerWordsRow>> {
  const grouped = await groupBy(ctx.tables.turns, ['interview_id', 'speaker', 'role'], { n_words: ['sum', 'count'] }, between);
  const total = new Map<string, number>();
  for (const g of grouped) total.set(String(g.interview_id), (total.get(String(g.interview_id)) ?? 0) + Number(g.n_words_sum));
  const rows = grouped.map((g): SpeakerWordsRow => {
    const iv = ctx.interview.get(String(g.interview_id));
    return {
      interview_id: String(g.interview_id),
      interview: iv?.label ?? String(g.interview_id),
      order: iv?.order ?? 0,
      speaker: String(g.speaker),
      role: g.role as Role,
      n_turns: Number(g.n_words_count),
      n_words: Number(g.n_words_sum),
      share: r4(as.share(Number(g.n_words_sum), total.get(String(g.interview_id)) ?? 0)),
    };
  });
  rows.sort((a, b) => a.order - b.order || b.n_words - a.n_words || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0));
  return table('speaker_words', 'words and turns per speaker and role in each interview', [
    'interview_id', 'interview', 'order', 'speaker', 'role', 'n_turns', 'n_words', 'share',
  ], rows);
}
