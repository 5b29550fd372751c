/**
 * Deterministic number spelling shared by the CSV and JSON writers: the same doubles always print
 * the same way, -0 prints as 0, and a column that holds any fraction prints every value with
 * four decimals so columns line up and diff cleanly.
 */

export const DECIMALS = 4;

export type Cell = string | number | boolean | null | undefined;

/** True when some finite value in column `c` of `rows` is not an integer. */
export function isFractionalColumn(rows: ReadonlyArray<Record<string, Cell>>, c: string): boolean {
  for (const r of rows) {
    const v = r[c];
    if (typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)) return true;
  }
  return false;
}

export function formatNumber(n: number, fractional: boolean): string {
  // Missing or undefined measurements are empty cells, never "NaN" that a spreadsheet reads as text.
  if (!Number.isFinite(n)) return '';
  const s = fractional ? n.toFixed(DECIMALS) : String(n);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}
