/**
 * Which of many interviews a chart with one panel per interview draws. Past a few dozen panels such a
 * chart can no longer be read, and its cost grows with every panel: the keyness chart of 2,320
 * interviews (300 copies of the sample) took 4.2 s and some 590 MB of heap to render, for an SVG of
 * 17 MB. Its data files keep every interview.
 */

import { EXIT, TurnlensError, msg } from '../../pipeline/messages.js';

/** The picks of `k` from sorted, distinct `sorted` (see spreadPick). */
function pickFrom(sorted: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new TurnlensError(msg.internal(`a chart asked for ${JSON.stringify(k)} panels`), EXIT.internal);
  if (sorted.length <= k) return [...sorted];
  if (k === 1) return [sorted[0]];
  const step = (sorted.length - 1) / (k - 1);
  return Array.from({ length: k }, (_, i) => sorted[Math.round(i * step)]);
}

const distinctSorted = (orders: readonly number[]): number[] => [...new Set(orders)].sort((a, b) => a - b);

/**
 * `k` of the sorted, distinct `orders`, evenly spaced from the first to the last (both kept), so a
 * chart still spans the whole range; all of them when there are no more than `k`.
 */
export function spreadPick(orders: readonly number[], k: number): number[] {
  return pickFrom(distinctSorted(orders), k);
}

/** The rows of the interviews spreadPick keeps, and how many interviews there were. */
export function spreadRows<R extends { order: number }>(rows: readonly R[], k: number): { rows: R[]; shown: number; of: number } {
  const sorted = distinctSorted(rows.map((r) => r.order));
  const keep = new Set(pickFrom(sorted, k));
  return { rows: sorted.length <= k ? [...rows] : rows.filter((r) => keep.has(r.order)), shown: keep.size, of: sorted.length };
}
