/** Log-likelihood statistics (Dunning 1993; Rayson & Garside 2000 for keyness). */

const xlnx = (k: number, e: number): number => (k > 0 && e > 0 ? k * Math.log(k / e) : 0);

/**
 * Keyness G² of a term seen `a` times in a text of `c` tokens and `b` times in a reference of `d`
 * tokens: 2·Σ O·ln(O/E) over the two frequencies.
 */
export function keynessG2(a: number, b: number, c: number, d: number): number {
  const total = a + b;
  if (total === 0 || c + d === 0) return 0;
  const e1 = (c * total) / (c + d);
  const e2 = (d * total) / (c + d);
  return 2 * (xlnx(a, e1) + xlnx(b, e2));
}

/** log2 of the ratio of relative frequencies; a zero count is read as 0.5 so the ratio stays finite. */
export function logRatio(a: number, b: number, c: number, d: number): number {
  if (c === 0 || d === 0) return 0;
  return Math.log2(((a || 0.5) / c) / ((b || 0.5) / d));
}

/** G² of a 2×2 contingency table [[k11, k12], [k21, k22]] against independence. */
export function tableG2(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  if (n === 0) return 0;
  const r1 = k11 + k12;
  const r2 = k21 + k22;
  const c1 = k11 + k21;
  const c2 = k12 + k22;
  return 2 * (xlnx(k11, (r1 * c1) / n) + xlnx(k12, (r1 * c2) / n) + xlnx(k21, (r2 * c1) / n) + xlnx(k22, (r2 * c2) / n));
}
