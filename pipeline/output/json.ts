/**
 * JSON for files: 2-space indent, a final newline, object keys in a stable order. Keys are sorted
 * unless the caller gives the order (table rows keep their column order, matching the CSV header).
 */
import { CHUNK_ROWS } from './csv.js';

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

/** One cell as JSON.stringify(…, replacer, 2) spells it at `indent`; undefined where JSON drops the key. */
function cellJson(v: unknown, indent: string): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      // JSON spells finite numbers as Number#toString does.
      return Number.isFinite(v) ? (Object.is(v, -0) ? '0' : String(v)) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    default: {
      // Nested values (not in the tidy tables, but allowed): JSON escapes line breaks inside strings,
      // so every "\n" in the text is structural and takes the indent.
      const text = JSON.stringify(v, replacer, 2) as string | undefined;
      return text?.replace(/\n/g, `\n${indent}`);
    }
  }
}

/**
 * `rowsToJson` in pieces of at most `chunkRows` rows, so a large table is never held as one string
 * (nor as a second array of reordered rows). The text is spelled here, cell by cell, exactly as
 * JSON.stringify(rows, replacer, 2) spells it: one stringify call per row costs twice as much.
 */
export function* rowsJsonChunks(columns: readonly string[], rows: readonly object[], chunkRows: number = CHUNK_ROWS): Generator<string> {
  const cells = rows as ReadonlyArray<Record<string, unknown>>;
  if (cells.length === 0) {
    yield '[]\n';
    return;
  }
  const keys = columns.map((c) => `    ${JSON.stringify(c)}: `);
  for (let start = 0; start < cells.length; start += chunkRows) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(start + chunkRows, cells.length); i++) {
      const r = cells[i];
      const props: string[] = [];
      for (let k = 0; k < columns.length; k++) {
        const text = cellJson(r[columns[k]] ?? null, '    ');
        if (text !== undefined) props.push(keys[k] + text);
      }
      parts.push(props.length ? `  {\n${props.join(',\n')}\n  }` : '  {}');
    }
    yield (start === 0 ? '[\n' : ',\n') + parts.join(',\n');
  }
  yield '\n]\n';
}

/** Rows as a JSON array whose objects list exactly `columns`, in that order. */
export function rowsToJson(columns: readonly string[], rows: readonly object[]): string {
  return [...rowsJsonChunks(columns, rows)].join('');
}
