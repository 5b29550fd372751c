/** Reducer: the top `n` rows by G², ties broken by the term so output never depends on input order. */
export function topByG2<T extends { g2: number }>(rows: T[], n: number, termOf: (r: T) => string): T[] {
  return rows
    .sort((x, y) => y.g2 - x.g2 || (termOf(x) < termOf(y) ? -1 : termOf(x) > termOf(y) ? 1 : 0))
    .slice(0, n);
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
