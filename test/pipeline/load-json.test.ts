import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { finiteNumberRecord, validateJson } from '../../pipeline/load-json.js';

const fast = z.object({ name: z.string(), entries: finiteNumberRecord() });
const plain = z.object({ name: z.string(), entries: z.record(z.string(), z.number().finite()) });
const message = (schema: z.ZodType, data: unknown): string => {
  try {
    validateJson('lexicon.json', data, schema);
    return 'valid';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('finiteNumberRecord', () => {
  it.each([
    ['a string value', { a: 1, b: 'x' }],
    ['a null value', { a: 1, b: null }],
    ['an infinite value', { a: 1, b: Number.POSITIVE_INFINITY }],
    ['a list instead of a table', [1, 2]],
    ['null instead of a table', null],
  ])('reports %s exactly as the zod record schema does', (_case, entries) => {
    const got = message(fast, { name: 'x', entries });
    expect(got).toMatch(/^turnlens: "lexicon\.json": field "entries/);
    expect(got).toBe(message(plain, { name: 'x', entries }));
  });

  it('passes a valid table through unchanged, including an empty one', () => {
    expect(validateJson('lexicon.json', { name: 'x', entries: { good: 1.5, bad: -2 } }, fast).entries).toEqual({ good: 1.5, bad: -2 });
    expect(validateJson('lexicon.json', { name: 'x', entries: {} }, fast).entries).toEqual({});
  });
});
