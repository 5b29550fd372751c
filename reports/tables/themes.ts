/**
 * Theme share per speaker and interview, with zeros made explicit: a heatmap cell that is absent and a
 * theme that was never raised must look the same, and "went from 12% to 0%" must be a row.
 */
import { its, type InterviewAxis } from './its.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { sentenceTotals, type SentenceTotalsRow } from './sentence-totals.js';
import { ByKey } from './by-key.js';
import type { ThemeRow } from '../../pipeline/types.js';
import { r4, table, type Table } from './table.js';

/** Below this many sentences a share is flagged as resting on too little text. */
export const FEW = 5;
/** Themes drawn as lines by default (the rest stay in the heatmap and the theme filter). */
export const TOP_THEMES = 5;

export interface ThemeShareRow extends InterviewAxis {
  speaker: string;
  theme: string;
  n_sentences: number;
  /** All of the speaker's sentences in the interview: the share's denominator. */
  n_speaker_sentences: number;
  share: number;
  per_1000_words: number;
  /** Among the speaker's most frequent themes across the range. */
  top: boolean;
  few: boolean;
}

/** `speakerTotals`: sentenceTotals(ctx), when the caller has it already. */
export async function themeShare(ctx: ReportContext, between?: () => void, speakerTotals?: readonly SentenceTotalsRow[]): Promise<Table<ThemeShareRow>> {
  const counts = speakerTotals ?? (await sentenceTotals(ctx, between));
  const hits = new ByKey<ThemeRow>();
  for (const t of ctx.tables.themes) hits.set([t.interview_id, t.speaker, t.theme], t);
  const totals = new Map<string, Map<string, number>>();
  for (const t of ctx.tables.themes) {
    const m = totals.get(t.speaker) ?? new Map<string, number>();
    m.set(t.theme, (m.get(t.theme) ?? 0) + t.n_sentences);
    totals.set(t.speaker, m);
  }
  const top = new Map<string, Set<string>>();
  for (const [speaker, m] of totals) {
    const ranked = [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, TOP_THEMES);
    top.set(speaker, new Set(ranked.map(([t]) => t)));
  }
  const rows: ThemeShareRow[] = [];
  for (const c of counts) {
    const iv = ctx.interview.get(c.interview_id);
    if (!iv) continue;
    const speaker = c.speaker;
    const n = c.n_sentences;
    for (const theme of ctx.themes) {
      const hit = hits.get([iv.id, speaker, theme]);
      rows.push({
        interview_id: iv.id, interview: iv.label, date: iv.date, order: iv.order,
        speaker,
        theme,
        n_sentences: hit?.n_sentences ?? 0,
        n_speaker_sentences: n,
        share: r4(hit?.share ?? 0),
        per_1000_words: r4(hit?.per_1000_words ?? 0),
        top: top.get(speaker)?.has(theme) ?? false,
        few: n < FEW,
      });
    }
  }
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker) || cmp(a.theme, b.theme));
  return table('theme_share', "share of each speaker's sentences carrying each theme, per interview (zeros included)", [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'theme', 'n_sentences', 'n_speaker_sentences', 'share', 'per_1000_words', 'top', 'few',
  ], rows);
}
