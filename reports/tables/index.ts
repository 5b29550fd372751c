/**
 * Derived tables: everything the charts and the report show, computed from `Tables` only. Each one is
 * also written to out/data/ as CSV and JSON, so every chart can be re-made from its files.
 */
import type { ReportContext } from '../context.js';
import { coverage, type CoverageRow } from './coverage.js';
import { entityCounts, entityTone, type EntityCountRow, type EntityToneRow } from './entities.js';
import { keynessTop, type KeynessTopRow } from './keyness.js';
import { prompted, type PromptedRow } from './prompted.js';
import { sentimentGroups, sentimentSummary, type SentimentGroupRow, type SentimentSummaryRow } from './sentiment.js';
import { shifts, type ShiftRow } from './shifts.js';
import { speakerWords, type SpeakerWordsRow } from './speakers.js';
import { stanceGroups, stancePoints, type StanceGroupRow, type StancePointRow } from './stance.js';
import { themeShare, type ThemeShareRow } from './themes.js';
import { sentenceTotals } from './sentence-totals.js';
import { thenNow, type ThenNowRow } from './then-now.js';
import { timeline, type TimelineRow } from './timeline.js';
import type { Table } from './table.js';
import { reportGroups } from './groups.js';

export interface DerivedTables {
  timeline: Table<TimelineRow>;
  theme_share: Table<ThemeShareRow>;
  stance_points: Table<StancePointRow>;
  /** Per group of consecutive interviews, for a report of more than INTERVIEW_COLUMNS (groups.ts); else empty. */
  stance_groups: Table<StanceGroupRow>;
  sentiment_summary: Table<SentimentSummaryRow>;
  sentiment_groups: Table<SentimentGroupRow>;
  entity_counts: Table<EntityCountRow>;
  entity_tone: Table<EntityToneRow>;
  keyness_top: Table<KeynessTopRow>;
  speaker_words: Table<SpeakerWordsRow>;
  prompted: Table<PromptedRow>;
  shifts: Table<ShiftRow>;
  then_now: Table<ThenNowRow>;
  coverage: Table<CoverageRow>;
}

export type TableName = keyof DerivedTables;

/**
 * `between` runs after each table, and within a table after each frame it aggregates: each leaves
 * the per-row copies it aggregated as garbage, which the report build collects there on a large
 * corpus rather than let it pile up (build.ts).
 */
export async function deriveTables(ctx: ReportContext, between: () => void = () => {}): Promise<DerivedTables> {
  const one = async <T>(make: () => T | Promise<T>): Promise<T> => {
    const t = await make();
    between();
    return t;
  };
  const words = await one(() => speakerWords(ctx, between));
  // Read by theme_share, sentiment_summary and coverage: one pass over the sentences for the three.
  const totals = await one(() => sentenceTotals(ctx, between));
  const shares = await one(() => themeShare(ctx, between, totals));
  const stance = await one(() => stancePoints(ctx));
  const groups = reportGroups(ctx.interviews);
  return {
    timeline: await one(() => timeline(ctx, words.rows)),
    theme_share: shares,
    stance_points: stance,
    stance_groups: await one(() => stanceGroups(ctx, groups)),
    sentiment_summary: await one(() => sentimentSummary(ctx, between, totals)),
    sentiment_groups: await one(() => sentimentGroups(ctx, groups)),
    entity_counts: await one(() => entityCounts(ctx, between)),
    entity_tone: await one(() => entityTone(ctx, between)),
    keyness_top: await one(() => keynessTop(ctx)),
    speaker_words: words,
    prompted: await one(() => prompted(ctx, between)),
    shifts: await one(() => shifts(ctx, shares.rows, stance.rows)),
    then_now: await one(() => thenNow(ctx)),
    coverage: await one(() => coverage(ctx, between, totals)),
  };
}

export type { Table } from './table.js';
export type {
  CoverageRow, EntityCountRow, EntityToneRow, KeynessTopRow, PromptedRow, SentimentGroupRow, SentimentSummaryRow,
  ShiftRow, SpeakerWordsRow, StanceGroupRow, StancePointRow, ThemeShareRow, ThenNowRow, TimelineRow,
};
