/** Pieces every chart shares: the filter parameters the report's controls drive, axes and colours. */
import type { TopLevelSpec } from 'vega-lite';
import type { DerivedTables, TableName } from '../tables/index.js';
import { reportGroups, type InterviewGroups } from '../tables/groups.js';

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
/** The value of a filter parameter that means "no filter". */
export const ALL = '(all)';

export interface ChartFocus {
  speaker: string;
  targets: readonly string[];
  /**
   * The speakers the report's speaker control offers. A corpus can have thousands of speakers, so the
   * data inlined in a spec keeps only theirs; without a list every row is kept.
   */
  speakers?: readonly string[];
}

/** Rows of the speakers the control offers (see ChartFocus.speakers). */
export function pickable<R extends { speaker: string }>(rows: readonly R[], focus: ChartFocus): R[] {
  if (!focus.speakers) return [...rows];
  const keep = new Set(focus.speakers);
  return rows.filter((r) => keep.has(r.speaker));
}

export type ParamName = 'speaker_pick' | 'theme_pick' | 'target_pick';

type Params = NonNullable<Extract<TopLevelSpec, { params?: unknown }>['params']>;

/** Variable parameters with defaults; the report's controls set them with view.signal(). */
export function params(focus: ChartFocus, names: readonly ParamName[]): Params {
  const value: Record<ParamName, string> = { speaker_pick: focus.speaker, theme_pick: ALL, target_pick: ALL };
  return names.map((name) => ({ name, value: value[name] }));
}

export const bySpeaker = { filter: 'datum.speaker === speaker_pick' } as const;
export const byTarget = { filter: `target_pick === '${ALL}' || datum.target === target_pick` } as const;
export const dated = { filter: { field: 'date', valid: true } } as const;

/** Interviews as an ordinal axis in time order (undated ones last). */
export const interviewAxis = {
  field: 'interview',
  type: 'nominal',
  sort: { field: 'order', op: 'min' },
  title: null,
  axis: { labelAngle: -30, labelLimit: 180 },
} as const;

/**
 * The interview groups of the report's range (tables/groups.ts), from the timeline, one row per
 * interview; null: a column per interview.
 */
export function axisGroups(tables: DerivedTables): InterviewGroups | null {
  return reportGroups(tables.timeline.rows);
}

/**
 * The subtitle line that says a chart draws groups, and where its per-interview rows are: counts are
 * summed over a group's rows in the chart, or (`grouped`) a table of groups was made from the groups'
 * own sentences and turns.
 */
export function groupNote(g: InterviewGroups, table: TableName, grouped?: TableName): string {
  const how = grouped ? `each group's figures in data/${grouped}.csv` : 'counts summed';
  return `${g.interviews} interviews drawn in ${g.groups} groups of up to ${g.size} consecutive ones, ${how}; each interview in data/${table}.csv`;
}

/** A title, with its subtitle lines and the group note when the chart draws groups. */
export function chartTitle(text: string, subtitle: string, g: InterviewGroups | null, table: TableName, grouped?: TableName): { text: string; subtitle: string | string[] } {
  return { text, subtitle: g ? [subtitle, groupNote(g, table, grouped)] : subtitle };
}

/** What a column is, for titles: "interview", or "group of interviews" when the chart draws groups. */
export const columnName = (g: InterviewGroups | null): string => (g ? 'group of interviews' : 'interview');

/** The tooltip line of a grouped column: how many interviews it sums. */
export const nInterviewsTip = { field: 'n_interviews', title: 'Interviews' } as const;

/** Dates on a UTC time scale, so the same data draws the same axis in every time zone. */
export const dateAxis = {
  field: 'date',
  type: 'temporal',
  title: null,
  scale: { type: 'utc', padding: 24 },
  axis: { format: '%Y-%m-%d', labelAngle: -30 },
} as const;

export const toneColor = {
  field: 'tone',
  type: 'nominal',
  title: 'Sentence tone',
  scale: { domain: ['negative', 'neutral', 'positive'], range: ['#c0392b', '#b3b3b3', '#2e86c1'] },
} as const;

export const config = {
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelLimit: 200 },
} as const;
