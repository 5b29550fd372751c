/**
 * RFC 4180 CSV with "\n" line ends: a field is quoted when it holds a quote, comma or line break,
 * and quotes inside are doubled. Column order is given by the caller (the row type's field order),
 * never taken from whichever row happens to come first.
 */
import { formatNumber, isFractionalColumn, type Cell } from './format.js';

/**
 * Rows per piece of `csvChunks` and `rowsJsonChunks`. A piece of typical rows (a sentence, a turn of a
 * few hundred words) stays below V8's large-object size, 128 KiB: it is made, written and dropped in
 * the young generation. A larger piece goes to the large-object space, which only a full collection
 * frees. Writing the 100× corpus's table files (162 MiB live) in pieces of 1,000 rows, the heap
 * peaked 41–109 MiB over what was live; in pieces of 64 rows, 26–29 MiB over it, and the writes took
 * 5.9–8.2 s against 8.5–8.9 s (three interleaved rounds each).
 */
export const CHUNK_ROWS = 64;
/**
 * Text characters after which a piece ends before CHUNK_ROWS rows: rows of long turns stay below the
 * large-object size too (32 Ki characters, 64 KiB even held two bytes a character, leaves room for
 * the quoting, the other cells and JSON's indentation).
 */
export const PIECE_CHARS = 32 * 1024;

const NEEDS_QUOTES = /[",\n\r]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The CSV text in pieces of at most `chunkRows` lines (fewer once a piece reaches PIECE_CHARS), so a
 * table of millions of rows can be written without ever holding its whole text. Joined, the pieces
 * are exactly `toCsv`. A line is spelled by concatenation, cell by cell, not as an array mapped and
 * joined per row: written to a file, the 10× corpus's sentences table took 114 ms against 139 (and
 * the 100× corpus's tables take seconds).
 */
export function* csvChunks(columns: readonly string[], rows: readonly object[], chunkRows: number = CHUNK_ROWS): Generator<string> {
  const cells = rows as ReadonlyArray<Record<string, Cell>>;
  const n = columns.length;
  const fractional = columns.map((c) => isFractionalColumn(cells, c));
  let piece = columns.map(csvField).join(',') + '\n';
  let lines = 1;
  for (const row of cells) {
    let line = '';
    for (let k = 0; k < n; k++) {
      if (k > 0) line += ',';
      const v = row[columns[k]];
      // Numbers never hold a quote, comma or line break.
      if (typeof v === 'number') line += formatNumber(v, fractional[k]);
      else if (v !== null && v !== undefined) line += csvField(typeof v === 'string' ? v : String(v));
    }
    piece += line + '\n';
    if (++lines >= chunkRows || piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
      lines = 0;
    }
  }
  if (piece !== '') yield piece;
}

/** Rows are plain objects with scalar cells; `columns` are the keys to write, in order. */
export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  return [...csvChunks(columns, rows)].join('');
}
