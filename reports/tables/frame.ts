/**
 * Group-by aggregation with danfojs, loaded on first use only: it takes most of a second to load and
 * the CLI must stay quick when no report is built.
 */
import { cmp } from '../options.js';

type Danfo = typeof import('danfojs');
let loading: Promise<Danfo> | undefined;
const danfo = (): Promise<Danfo> => (loading ??= import('danfojs'));

export type Agg = 'sum' | 'mean' | 'count' | 'min' | 'max' | 'std';
type Scalar = string | number;
const GROUP = 'group_code';
export const GROUPS_PER_FRAME = 200;

/**
 * Rows grouped by `keys`, with a `column_agg` field for each requested aggregation, sorted by the keys.
 * danfojs joins key values with "-" into plain-object keys, so ("a-b","c") and ("a","b-c") would share
 * a group and a name like "__proto__" would hit the prototype; groups are therefore coded as
 * integers here and decoded after aggregation. Sorting by key undoes danfojs's first-seen order.
 */
export async function groupBy<R extends object>(
  rows: readonly R[],
  keys: readonly (keyof R & string)[],
  aggs: Partial<Record<keyof R & string, Agg[]>>,
): Promise<Array<Record<string, Scalar>>> {
  if (!rows.length) return [];
  const { DataFrame } = await danfo();
  const codes = new Map<string, number>();
  const tuples: Scalar[][] = [];
  const code = rows.map((r) => {
    const tuple = keys.map((k) => r[k] as Scalar);
    const id = JSON.stringify(tuple);
    let c = codes.get(id);
    if (c === undefined) {
      c = tuples.length;
      codes.set(id, c);
      tuples.push(tuple);
    }
    return c;
  });
  const measures = Object.keys(aggs) as (keyof R & string)[];
  // danfojs assembles its result by concatenating arrays group after group, which is quadratic in
  // the number of groups; frames of at most GROUPS_PER_FRAME groups keep it linear. Each group lies
  // wholly in one frame, with its rows in input order, so the results are the same as from one frame.
  const frames: number[][] = [];
  code.forEach((c, i) => (frames[Math.floor(c / GROUPS_PER_FRAME)] ??= []).push(i));
  const out: Array<Record<string, Scalar>> = [];
  for (const members of frames) {
    const df = new DataFrame(
      members.map((i) => [code[i], ...measures.map((m) => Number(rows[i][m]))]),
      { columns: [GROUP, ...measures] },
    );
    const grouped = df.groupby([GROUP]).agg(aggs as Record<string, string[]>);
    const names = grouped.columns;
    const at = names.indexOf(GROUP);
    for (const values of grouped.values as Scalar[][]) {
      const row: Record<string, Scalar> = {};
      const tuple = tuples[Number(values[at])];
      keys.forEach((k, i) => (row[k] = tuple[i]));
      names.forEach((n, i) => {
        if (n !== GROUP) row[n] = values[i];
      });
      out.push(row);
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
