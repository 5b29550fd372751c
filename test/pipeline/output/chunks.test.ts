/**
 * Table files are written in pieces (csvChunks, rowsJsonChunks): joined, the pieces must be exactly
 * the whole-string forms, and no piece may hold more than its share of rows, or a large table would
 * be held whole again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_ROWS, csvChunks, toCsv } from '../../../pipeline/output/csv.js';
import { rowsJsonChunks, rowsToJson } from '../../../pipeline/output/json.js';
import { tableFileChunks, tableFiles, tablePaths } from '../../../pipeline/output/tables.js';
import type { Tables } from '../../../pipeline/types.js';

const COLUMNS = ['id', 'text', 'score', 'flag'];
const scalar = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
// Tidy tables hold scalars; nested values, dates and functions must still come out as JSON.stringify has them.
const cell = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.oneof(fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string(), scalar, { maxKeys: 3 }), fc.date(), fc.constant(() => 1), fc.constant({}), fc.constant([])) },
);
const row = fc.record({ id: fc.integer(), text: fc.string(), score: cell, flag: cell, extra: fc.string() });
const scalarRow = fc.record({ id: fc.integer(), text: fc.string(), score: scalar, flag: scalar });

/** rowsToJson as it was before it was pieced: one JSON.stringify of the reordered rows. */
function wholeJson(columns: string[], rows: Array<Record<string, unknown>>): string {
  const replacer = (_k: string, v: unknown) => (typeof v === 'number' ? (Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : null) : v);
  const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  return JSON.stringify(ordered, replacer, 2) + '\n';
}

describe('rowsJsonChunks', () => {
  it('joins to exactly one JSON.stringify of the reordered rows, at every chunk size', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (rows, size) => {
        expect([...rowsJsonChunks(COLUMNS, rows, size)].join('')).toBe(wholeJson(COLUMNS, rows));
      }),
      { numRuns: 500 },
    );
  });
  it('keeps line breaks, quotes and unicode inside strings', () => {
    const rows = [{ id: 1, text: 'two\nlines "q" \u2028 é 😀', score: -0, flag: Number.NaN }];
    expect(rowsToJson(COLUMNS, rows)).toBe(wholeJson(COLUMNS, rows));
    expect(JSON.parse(rowsToJson(COLUMNS, rows))).toEqual([{ id: 1, text: rows[0].text, score: 0, flag: null }]);
  });
  it('writes a column named __proto__ as a key like any other', () => {
    const rows = [JSON.parse('{"__proto__": 1, "a": "x"}') as Record<string, unknown>, { a: 'y' }];
    expect(rowsToJson(['__proto__', 'a'], rows)).toBe(wholeJson(['__proto__', 'a'], rows));
    expect(rowsToJson(['__proto__', 'a'], rows)).toContain('"__proto__": 1,');
  });
  it('an empty table is [], and a row without columns is {}', () => {
    expect([...rowsJsonChunks(COLUMNS, [])]).toEqual(['[]\n']);
    expect(rowsToJson([], [{ a: 1 }])).toBe(wholeJson([], [{ a: 1 }]));
  });
  it('holds at most chunkRows rows per piece', () => {
    const rows = Array.from({ length: 2 * CHUNK_ROWS + 1 }, (_, i) => ({ id: i, text: 't', score: 1, flag: true }));
    const pieces = [...rowsJsonChunks(COLUMNS, rows)];
    // Two full pieces, the last row, and the closing bracket.
    expect(pieces).toHaveLength(4);
    for (const p of pieces) expect(p.split('"id"').length - 1).toBeLessThanOrEqual(CHUNK_ROWS);
  });
});

describe('csvChunks', () => {
  it('joins to the same text at every chunk size', () => {
    fc.assert(
      fc.property(fc.array(scalarRow, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (rows, size) => {
        expect([...csvChunks(COLUMNS, rows, size)].join('')).toBe([...csvChunks(COLUMNS, rows, rows.length + 1)].join(''));
      }),
    );
  });
  it('decides a column is fractional from all rows, not from one piece', () => {
    const rows = [{ id: 1, score: 1 }, { id: 2, score: 2 }, { id: 3, score: 0.5 }];
    expect([...csvChunks(['id', 'score'], rows, 1)].join('')).toBe('id,score\n1,1.0000\n2,2.0000\n3,0.5000\n');
    expect(toCsv(['id', 'score'], rows)).toBe('id,score\n1,1.0000\n2,2.0000\n3,0.5000\n');
  });
  it('holds at most chunkRows lines per piece', () => {
    const rows = Array.from({ length: 3 * CHUNK_ROWS }, (_, i) => ({ id: i }));
    const pieces = [...csvChunks(['id'], rows)];
    expect(pieces).toHaveLength(4);
    for (const p of pieces) expect(p.split('\n').length - 1).toBeLessThanOrEqual(CHUNK_ROWS);
  });
});

describe('pieces of typical rows', () => {
  // V8's large-object size: a larger string is allocated where only a full collection frees it.
  const LARGE_OBJECT_BYTES = 128 * 1024;
  const columns = ['id', 'speaker', 'score', 'text'];
  const rowsOf = (words: number, wide: string) =>
    Array.from({ length: 5 * CHUNK_ROWS }, (_, i) => ({ id: i, speaker: 'Ren Zhengfei', score: 0.25, text: `${i}${wide} ${'word '.repeat(words)}` }));
  // Sentences; long answers; long answers held two bytes a character (a dash in each).
  it.each([
    ['csvChunks', 200, ''],
    ['csvChunks', 2000, ''],
    ['csvChunks', 2000, ' – '],
    ['rowsJsonChunks', 200, ''],
    ['rowsJsonChunks', 2000, ''],
    ['rowsJsonChunks', 2000, ' – '],
  ])('%s keeps a piece of rows with %i-word texts (and %j) below 128 KiB', (name, words, wide) => {
    const rows = rowsOf(words, wide);
    const made = name === 'csvChunks' ? [...csvChunks(columns, rows)] : [...rowsJsonChunks(columns, rows)];
    expect(made.length).toBeGreaterThanOrEqual(5);
    // Held two bytes a character where a dash is in it.
    for (const p of made) expect(p.length * (/[^\x00-\xff]/.test(p) ? 2 : 1)).toBeLessThan(LARGE_OBJECT_BYTES);
    const csv = `${columns.join(',')}\n${rows.map((r) => `${r.id},${r.speaker},0.2500,${r.text}\n`).join('')}`;
    expect(made.join('')).toBe(name === 'csvChunks' ? csv : `${JSON.stringify(rows, null, 2)}\n`);
  });
  it('rowsJsonChunks keeps a piece of rows of numbers alone below 128 KiB: no text to count, the row count bounds it', () => {
    const numeric = Array.from({ length: 12 }, (_, k) => `measure_${k}`);
    const rows = Array.from({ length: 2000 }, (_, i) => Object.fromEntries(numeric.map((c, k) => [c, i * 1000.123456 + k])));
    const made = [...rowsJsonChunks(numeric, rows)];
    for (const p of made) expect(p.length).toBeLessThan(LARGE_OBJECT_BYTES);
    expect(made.join('')).toBe(`${JSON.stringify(rows, null, 2)}\n`);
  });
});

describe('tableFileChunks', () => {
  const empty: Tables = { interviews: [], turns: [], removed: [], sentences: [], mentions: [], themes: [], keyness: [], collocations: [], stance: [], turnStance: [] };
  it('names exactly tablePaths(), and joins to tableFiles()', () => {
    const pieced = [...tableFileChunks(empty)];
    expect(pieced.map(([rel]) => rel).sort()).toEqual(tablePaths().sort());
    const whole = tableFiles(empty);
    for (const [rel, chunks] of tableFileChunks(empty)) expect([...chunks].join('')).toBe(whole.get(rel));
  });
  it('hands over content that is made while it is read, not strings made in advance', () => {
    for (const [, chunks] of tableFileChunks(empty)) expect(typeof chunks).not.toBe('string');
  });
});
