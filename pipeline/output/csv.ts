/**
 * RFC 4180 CSV with "\n" line ends: a field is quoted when it holds a quote, comma or line break,
 * and quotes inside are doubled. Column order is given by the caller (the row type's field order),
 * never taken from whichever row happens to come first.
 */
import { formatNumber, isFractionalColumn, type Cell } from './format.js';

export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellText(v: Cell, fractional: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, fractional);
  return String(v);
}

/** Rows are plain objects with scalar cells; `columns` are the keys to write, in order. */
export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  const cells = rows as ReadonlyArray<Record<string, Cell>>;
  const fractional = columns.map((c) => isFractionalColumn(cells.map((r) => r[c])));
  const lines = [columns.map(csvField).join(',')];
  for (const row of cells) {
    lines.push(columns.map((c, i) => csvField(cellText(row[c], fractional[i]))).join(','));
  }
  return lines.join('\n') + '\n';
}
