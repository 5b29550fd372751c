/** Reducers over plain number lists (in the spirit of wink-nlp's `as.*`). Empty input gives NaN, never 0. */
export const as = {
  sum: (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0),
  mean: (xs: readonly number[]): number => (xs.length ? as.sum(xs) / xs.length : Number.NaN),
  /** Linear interpolation between order statistics (type 7, as R and numpy default). */
  quantile: (xs: readonly number[], p: number): number => {
    if (!xs.length) return Number.NaN;
    const s = [...xs].sort((a, b) => a - b);
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    return s[lo] + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]) - s[lo]);
  },
  median: (xs: readonly number[]): number => as.quantile(xs, 0.5),
  share: (part: number, whole: number): number => (whole > 0 ? part / whole : 0),
  /** Cosine similarity of two sparse count vectors. */
  cosine: (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number => {
    let dot = 0;
    for (const [k, v] of a) dot += v * (b.get(k) ?? 0);
    const norm = (m: ReadonlyMap<string, number>) => Math.sqrt(as.sum([...m.values()].map((v) => v * v)));
    const d = norm(a) * norm(b);
    return d > 0 ? dot / d : 0;
  },
} as const;
