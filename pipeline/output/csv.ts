/**
 * RFC 4180 CSV with "\n" line ends: a field is quoted when it holds a quote, comma or line break,
 * and quotes inside are doubled. Column order is given by the caller (the row type's field order),
 * never taken from whichever row happens to come first.
 */
import { formatNumber, isFractionalColumn, type Cell } from './format.js';

/** Rows per chunk of `csvChunks`: a chunk stays far below a megabyte for any realistic row. */
export const CHUNK_ROWS = 1000;

export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellText(v: Cell, fractional: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, fractional);
  return String(v);
}

function* column(rows: ReadonlyArray<Record<string, Cell>>, c: string): Generator<Cell> {
  for (const r of rows) yield r[c];
}

/**
 * The CSV text in pieces of at most `chunkRows` lines, so a table of millions of rows can be written
 * without ever holding its whole text. Joined, the pieces are exactly `toCsv`.
 */
export function* csvChunks(columns: readonly string[], rows: readonly object[], chunkRows: number = CHUNK_ROWS): Generator<string> {
  const cells = rows as ReadonlyArray<Record<string, Cell>>;
  const fractional = columns.map((c) => isFractionalColumn(column(cells, c)));
  let lines = [columns.map(csvField).join(',')];
  for (const row of cells) {
    lines.push(columns.map((c, i) => csvField(cellText(row[c], fractional[i]))).join(','));
    if (lines.length >= chunkRows) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}

/** Rows are plain objects with scalar cells; `columns` are the keys to write, in order. */
export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  return [...csvChunks(columns, rows)].join('');
}
