/**
 * JSON for files: 2-space indent, a final newline, object keys in a stable order. Keys are sorted
 * unless the caller gives the order (table rows keep their column order, matching the CSV header).
 */
import { CHUNK_ROWS, PIECE_CHARS } from './csv.js';

function sortKeysDeep(value: unknown): unknown {
  if (value instanceof Map) return sortKeysDeep(Object.fromEntries(value));
  if (value instanceof Set) return sortKeysDeep([...value]);
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(src).sort()) out[k] = sortKeysDeep(src[k]);
    return out;
  }
  return value;
}

function replacer(_key: string, v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : null;
  return v;
}

export function toJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value), replacer, 2) + '\n';
}

/**
 * `rowsToJson` in pieces of at most `chunkRows` rows, or fewer once their text cells reach
 * PIECE_CHARS (see CHUNK_ROWS), so a large table is never held as one string (nor copied whole: only
 * a piece's rows are). Each piece is one JSON.stringify of its rows copied with exactly `columns`, in
 * order (a missing cell as null): the text of JSON.stringify(rows, replacer, 2) without the brackets,
 * since JSON.stringify itself spells non-finite numbers as null and -0 as 0.
 * Spelling each cell here, as before, took a third longer (the 10× corpus's sentences table written
 * to a file: 185 ms against 139); one stringify call per row, twice as long.
 */
export function* rowsJsonChunks(columns: readonly string[], rows: readonly object[], chunkRows: number = CHUNK_ROWS): Generator<string> {
  const cells = rows as ReadonlyArray<Record<string, unknown>>;
  if (cells.length === 0) {
    yield '[]\n';
    return;
  }
  // Assigned, "__proto__" would set the copy's prototype rather than make a key.
  const protoKey = columns.includes('__proto__');
  let next = 0;
  while (next < cells.length) {
    const first = next;
    const part: Array<Record<string, unknown>> = [];
    let chars = 0;
    while (next < cells.length && part.length < chunkRows && chars < PIECE_CHARS) {
      const r = cells[next++];
      const o: Record<string, unknown> = {};
      for (const c of columns) {
        const v = r[c] ?? null;
        if (typeof v === 'string') chars += v.length;
        if (protoKey && c === '__proto__') Object.defineProperty(o, c, { value: v, enumerable: true, writable: true, configurable: true });
        else o[c] = v;
      }
      part.push(o);
    }
    const text = JSON.stringify(part, null, 2);
    // "[\n" + rows + "\n]": the rows alone, joined to the pieces before by ",\n".
    yield (first === 0 ? '[\n' : ',\n') + text.slice(2, text.length - 2);
  }
  yield '\n]\n';
}

/** Rows as a JSON array whose objects list exactly `columns`, in that order. */
export function rowsToJson(columns: readonly string[], rows: readonly object[]): string {
  return [...rowsJsonChunks(columns, rows)].join('');
}
