/** The interviews on a time line: when, with whom, how long, and how much of it the speaker said. */
import type { ReportContext } from '../context.js';
import type { SpeakerWordsRow } from './speakers.js';
import { as } from './as.js';
import { r4, table, type Table } from './table.js';

export interface TimelineRow {
  interview_id: string;
  interview: string;
  title: string;
  /** ISO date; null when unknown (left off time axes, listed in the methods panel). */
  date: string | null;
  order: number;
  outlets: string;
  kind: string;
  place: string;
  n_turns: number;
  n_words: number;
  speaker: string;
  speaker_words: number;
  speaker_share: number;
}

export function timeline(ctx: ReportContext, words: readonly SpeakerWordsRow[]): Table<TimelineRow> {
  const byInterview = new Map(ctx.tables.interviews.map((r) => [r.interview_id, r]));
  const wordsOf = new Map<string, SpeakerWordsRow[]>();
  for (const w of words) {
    const list = wordsOf.get(w.interview_id);
    if (list) list.push(w);
    else wordsOf.set(w.interview_id, [w]);
  }
  const rows = ctx.interviews.map((iv): TimelineRow => {
    const own = wordsOf.get(iv.id) ?? [];
    const total = as.sum(own.map((w) => w.n_words));
    const mine = as.sum(own.filter((w) => w.speaker === ctx.speaker).map((w) => w.n_words));
    return {
      interview_id: iv.id,
      interview: iv.label,
      title: iv.title,
      date: iv.date,
      order: iv.order,
      outlets: iv.outlets || iv.title,
      kind: iv.kind,
      place: iv.place,
      n_turns: byInterview.get(iv.id)?.n_turns ?? own.reduce((a, w) => a + w.n_turns, 0),
      n_words: total,
      speaker: ctx.speaker,
      speaker_words: mine,
      speaker_share: r4(as.share(mine, total)),
    };
  });
  return table('timeline', 'one row per interview: date, outlet, words, and the share spoken by the report speaker', [
    'interview_id', 'interview', 'title', 'date', 'order', 'outlets', 'kind', 'place', 'n_turns', 'n_words', 'speaker', 'speaker_words', 'speaker_share',
  ], rows);
}
