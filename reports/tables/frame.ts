/**
 * Group-by aggregation with danfojs, loaded on first use only: it takes most of a second to load and
 * the CLI must stay quick when no report is built.
 */
import { cmp } from '../options.js';
import { combine, finish, partialAggs, type Agg, type SliceAggregates } from './partials.js';
import { loadDanfo } from './danfo.js';

export type { Agg } from './partials.js';
type Scalar = string | number;
const GROUP = 'group_code';
export const GROUPS_PER_FRAME = 200;
/** A frame's rows beyond this are aggregated slice by slice and combined (see partials.ts). */
export const ROWS_PER_FRAME = 50_000;

/**
 * Each row's group as an integer, numbered in order of first sight, and each group's key values.
 * The codes are looked up in nested Maps, a level per key: no text is made per row (keys made with
 * JSON.stringify took about 1 s of the report stage on the 100× corpus), and a Map keeps 1 and "1"
 * apart as JSON did.
 */
export function groupCodes<R extends object>(rows: readonly R[], keys: readonly (keyof R & string)[]): { code: number[]; tuples: Scalar[][] } {
  type Level = Map<Scalar, Level | number>;
  const root: Level = new Map();
  const tuples: Scalar[][] = [];
  const last = keys.length - 1;
  const code = rows.map((r) => {
    let level = root;
    for (let k = 0; k < last; k++) {
      const v = r[keys[k]] as Scalar;
      let next = level.get(v) as Level | undefined;
      if (next === undefined) level.set(v, (next = new Map()));
      level = next;
    }
    const v = r[keys[last]] as Scalar;
    let c = level.get(v) as number | undefined;
    if (c === undefined) {
      c = tuples.length;
      level.set(v, c);
      tuples.push(keys.map((k) => r[k] as Scalar));
    }
    return c;
  });
  return { code, tuples };
}

/**
 * Rows grouped by `keys`, with a `column_agg` field for each requested aggregation, sorted by the keys.
 * `between` runs after each frame or slice: a frame leaves several hundred bytes of garbage per row
 * (one table left 212 MB over the sentences of 100× the sample), which the report build collects
 * there rather than let pile up (build.ts).
 * danfojs joins key values with "-" into plain-object keys, so ("a-b","c") and ("a","b-c") would share
 * a group and a name like "__proto__" would hit the prototype; groups are therefore coded as
 * integers here and decoded after aggregation. Sorting by key undoes danfojs's first-seen order.
 */
export async function groupBy<R extends object>(
  rows: readonly R[],
  keys: readonly (keyof R & string)[],
  aggs: Partial<Record<keyof R & string, Agg[]>>,
  between: () => void = () => {},
): Promise<Array<Record<string, Scalar>>> {
  if (!rows.length) return [];
  const { DataFrame } = loadDanfo();
  const { code, tuples } = groupCodes(rows, keys);
  const measures = Object.keys(aggs) as (keyof R & string)[];
  // danfojs assembles its result by concatenating arrays group after group, which is quadratic in
  // the number of groups; frames of at most GROUPS_PER_FRAME groups keep it linear. Each group lies
  // wholly in one frame, with its rows in input order, so the results are the same as from one frame.
  const frames: number[][] = [];
  code.forEach((c, i) => (frames[Math.floor(c / GROUPS_PER_FRAME)] ??= []).push(i));
  // One frame per group set; a frame over ROWS_PER_FRAME rows (a frame of n rows holds several
  // hundred bytes per row) is cut into slices whose partial aggregates are combined.
  const aggregate = (members: readonly number[], requested: Record<string, Agg[]>): Map<number, Record<string, number>> => {
    // A row array per member, filled in place: this runs once per sentence for the largest tables.
    const data = new Array<number[]>(members.length);
    for (let j = 0; j < members.length; j++) {
      const row = rows[members[j]];
      const values = new Array<number>(measures.length + 1);
      values[0] = code[members[j]];
      for (let k = 0; k < measures.length; k++) values[k + 1] = Number(row[measures[k]]);
      data[j] = values;
    }
    // Low-memory mode: danfojs keeps the rows as given, without the transposed copy of every column
    // that a group-by never reads.
    const df = new DataFrame(data, { columns: [GROUP, ...measures], config: { lowMemoryMode: true } });
    const grouped = df.groupby([GROUP]).agg(requested);
    const names = grouped.columns;
    const at = names.indexOf(GROUP);
    const byCode = new Map<number, Record<string, number>>();
    for (const values of grouped.values as Scalar[][]) {
      const row: Record<string, number> = {};
      names.forEach((n, i) => {
        if (n !== GROUP) row[n] = Number(values[i]);
      });
      byCode.set(Number(values[at]), row);
    }
    between();
    return byCode;
  };
  const out: Array<Record<string, Scalar>> = [];
  const emit = (c: number, values: Record<string, Scalar>) => {
    const row: Record<string, Scalar> = {};
    const tuple = tuples[c];
    keys.forEach((k, i) => (row[k] = tuple[i]));
    out.push(Object.assign(row, values));
  };
  const wanted = aggs as Record<string, Agg[]>;
  for (const members of frames) {
    if (!members) continue;
    if (members.length <= ROWS_PER_FRAME) {
      for (const [c, values] of aggregate(members, wanted)) emit(c, values);
      continue;
    }
    const perSlice = Object.fromEntries(measures.map((m) => [m, partialAggs(wanted[m] ?? [])]));
    const parts = new Map<number, Map<string, SliceAggregates[]>>();
    for (let from = 0; from < members.length; from += ROWS_PER_FRAME) {
      for (const [c, values] of aggregate(members.slice(from, from + ROWS_PER_FRAME), perSlice)) {
        const byMeasure = parts.get(c) ?? new Map<string, SliceAggregates[]>();
        for (const m of measures) {
          const get = (a: Agg) => values[`${m}_${a}`] ?? Number.NaN;
          const list = byMeasure.get(m) ?? [];
          list.push({ count: get('count'), sum: get('sum'), mean: get('mean'), std: get('std'), min: get('min'), max: get('max') });
          byMeasure.set(m, list);
        }
        parts.set(c, byMeasure);
      }
    }
    for (const [c, byMeasure] of parts) {
      const values: Record<string, Scalar> = {};
      for (const m of measures) {
        const total = combine(byMeasure.get(m) ?? []);
        for (const a of wanted[m] ?? []) values[`${m}_${a}`] = finish(total, a);
      }
      emit(c, values);
    }
  }
  return out.sort((a, b) => {
    for (const k of keys) {
      const x = a[k];
      const y = b[k];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : cmp(String(x), String(y));
      if (c) return c;
    }
    return 0;
  });
}
