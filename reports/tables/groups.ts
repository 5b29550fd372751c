/**
 * Interview groups: consecutive interviews, in time order, that share one column of a time axis.
 * A chart with a column per interview can be read up to a few dozen interviews; at 300 copies of the
 * sample (2,320 interviews) the themes chart was some 130,000 pixels wide, its SVG 8.2 MB and its spec
 * 15.7 MB. Past `k` interviews such a chart draws groups of equal size instead (the last one may be
 * smaller). Nothing is averaged over interviews: counts are summed over a group (sumByGroup) and its
 * shares made from the sums, and a group's sentiment and stance are made from its own sentences and
 * turns (tables/sentiment.ts, tables/stance.ts). The per-interview rows stay in the derived tables.
 */
import { EXIT, TurnlensError, msg } from '../../pipeline/messages.js';
import { groupCodes } from './frame.js';

/**
 * Past this many interviews, the charts with a column (or row) per interview draw groups of
 * consecutive interviews instead: 30 columns of 56 pixels are already 1,700 wide.
 */
export const INTERVIEW_COLUMNS = 30;

/** The axis columns a grouped row carries in place of one interview's. */
export interface GroupAxis {
  /** Axis label: "#3 · 2019-01-03 to 2019-03-30" (the number keeps equal date spans apart). */
  interview: string;
  /** Group position in time order, 0-based: the sort key of the axis. */
  order: number;
  /** Date of the group's first dated interview; null when none is dated. */
  date: string | null;
  n_interviews: number;
}

export interface InterviewGroups {
  /** Interview order → the axis of its group. */
  of: ReadonlyMap<number, GroupAxis>;
  /** Interviews per group (the last group may have fewer). */
  size: number;
  groups: number;
  interviews: number;
}

interface Dated {
  order: number;
  date: string | null;
}

function span(members: readonly Dated[]): string {
  const first = members[0].date ?? 'undated';
  const last = members[members.length - 1].date ?? 'undated';
  return first === last ? first : `${first} to ${last}`;
}

/**
 * At most `k` groups of consecutive interviews (by `order`, duplicates counted once), each of
 * ceil(n / k) interviews; null when there are no more than `k` interviews, which are drawn one by one.
 */
export function interviewGroups(interviews: readonly Dated[], k: number): InterviewGroups | null {
  if (!Number.isInteger(k) || k < 1) throw new TurnlensError(msg.internal(`a chart asked for ${JSON.stringify(k)} interview columns`), EXIT.internal);
  const byOrder = new Map<number, Dated>();
  for (const iv of interviews) if (!byOrder.has(iv.order)) byOrder.set(iv.order, iv);
  const sorted = [...byOrder.values()].sort((a, b) => a.order - b.order);
  if (sorted.length <= k) return null;
  const size = Math.ceil(sorted.length / k);
  const of = new Map<number, GroupAxis>();
  let groups = 0;
  for (let from = 0; from < sorted.length; from += size, groups++) {
    const members = sorted.slice(from, from + size);
    const axis: GroupAxis = {
      interview: `#${groups + 1} · ${span(members)}`,
      order: groups,
      date: members.find((m) => m.date !== null)?.date ?? null,
      n_interviews: members.length,
    };
    for (const m of members) of.set(m.order, axis);
  }
  return { of, size, groups, interviews: sorted.length };
}

/**
 * The groups of a report's interviews (its range: the timeline's rows, or the context's interviews,
 * which are the same ones), so the charts and the grouped tables split them alike; null: one column each.
 */
export function reportGroups(interviews: readonly Dated[]): InterviewGroups | null {
  return interviewGroups(interviews, INTERVIEW_COLUMNS);
}

/** The group of an interview order, which the groups must hold: a row without one would be dropped unseen. */
export function groupOf(groups: InterviewGroups, order: number): GroupAxis {
  const axis = groups.of.get(order);
  if (!axis) throw new TurnlensError(msg.internal(`a row of interview order ${order} is in no interview group`), EXIT.internal);
  return axis;
}

export type Summed<R, K extends keyof R, S extends keyof R> = GroupAxis & Pick<R, K> & { [F in S]: number };

/**
 * Rows summed per group and key: one row per group and distinct value of the `keys` columns, in the
 * order of their first row, groups in time order; each `sums` column holds the total of its rows.
 * Keys are coded as frame.ts codes them for a group-by, with no text made per row.
 * A row of an interview the groups do not hold is an internal error: it would be dropped unseen.
 */
export function sumByGroup<R extends { order: number }, K extends keyof R & string, S extends keyof R & string>(
  rows: readonly R[],
  groups: InterviewGroups,
  keys: readonly K[],
  sums: readonly S[],
): Summed<R, K, S>[] {
  const { code } = groupCodes(rows, keys);
  const out = new Map<GroupAxis, Map<number, Summed<R, K, S>>>();
  rows.forEach((r, i) => {
    const axis = groupOf(groups, r.order);
    let inGroup = out.get(axis);
    if (!inGroup) out.set(axis, (inGroup = new Map()));
    let row = inGroup.get(code[i]);
    if (!row) {
      row = { ...axis } as Summed<R, K, S>;
      for (const k of keys) (row as Pick<R, K>)[k] = r[k];
      for (const s of sums) (row as Record<S, number>)[s] = 0;
      inGroup.set(code[i], row);
    }
    for (const s of sums) (row as Record<S, number>)[s] += Number(r[s]);
  });
  return [...out.values()].flatMap((inGroup) => [...inGroup.values()]).sort((a, b) => a.order - b.order);
}
