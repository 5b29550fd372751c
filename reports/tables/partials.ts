/**
 * Aggregates of one group computed slice by slice and then combined, so a group of a million rows
 * never has to sit in one data frame. Variance is combined with Chan et al.'s pairwise formula.
 */
export type Agg = 'sum' | 'mean' | 'count' | 'min' | 'max' | 'std';

/** What one slice of a group's rows contributes for one measure. */
export interface SliceAggregates {
  count: number;
  sum: number;
  mean: number;
  /** Sample standard deviation (n − 1), as danfojs computes it; 0 for a single row. */
  std: number;
  min: number;
  max: number;
}

/** The per-slice aggregations needed to produce `wanted` after combining. */
export function partialAggs(wanted: readonly Agg[]): Agg[] {
  const need = new Set<Agg>(['count', 'sum']);
  for (const a of wanted) {
    if (a === 'std') need.add('mean').add('std');
    if (a === 'min' || a === 'max') need.add(a);
  }
  return [...need];
}

export function combine(parts: readonly SliceAggregates[]): SliceAggregates {
  let count = 0;
  let sum = 0;
  let mean = 0;
  let m2 = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const p of parts) {
    if (p.count === 0) continue;
    const n = count + p.count;
    const delta = p.mean - mean;
    m2 += p.std * p.std * (p.count - 1) + (delta * delta * count * p.count) / n;
    mean += (delta * p.count) / n;
    count = n;
    sum += p.sum;
    min = Math.min(min, p.min);
    max = Math.max(max, p.max);
  }
  return { count, sum, mean: count ? sum / count : Number.NaN, std: count > 1 ? Math.sqrt(m2 / (count - 1)) : 0, min, max };
}

export function finish(p: SliceAggregates, agg: Agg): number {
  return p[agg === 'count' ? 'count' : agg];
}
