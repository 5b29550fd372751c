/**
 * JSON for files: 2-space indent, a final newline, object keys in a stable order. Keys are sorted
 * unless the caller gives the order (table rows keep their column order, matching the CSV header).
 */

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

/** Rows as a JSON array whose objects list exactly `columns`, in that order. */
export function rowsToJson(columns: readonly string[], rows: readonly object[]): string {
  const cells = rows as ReadonlyArray<Record<string, unknown>>;
  const ordered = cells.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  return JSON.stringify(ordered, replacer, 2) + '\n';
}
