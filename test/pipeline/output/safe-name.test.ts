import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../pipeline/output/safe-name.js';

const SAFE = /^[a-z0-9][a-z0-9._-]{0,79}$/;

describe('safeFileName', () => {
  it('keeps ids that are already safe', () => {
    expect(safeFileName('2019-12-02-globe-and-mail')).toBe('2019-12-02-globe-and-mail');
    expect(safeFileName('davos.2020')).toBe('davos.2020');
  });

  const hostile = [
    '../../etc/passwd', '..', '.', '', '/', '\\', 'a/b', 'a\\b', 'C:\\Windows', '.hidden', 'Ren Zhengfei',
    'ren', 'CON', 'con.txt', 'nul', 'a\0b', '<script>alert(1)</script>', 'Detlef Zühlke', '任正非', '🙂',
    'x'.repeat(500), 'trailing.', '-dash', 'ends-0123456789',
  ];
  it.each(hostile)('%j becomes a safe single segment', (id) => {
    const name = safeFileName(id);
    expect(name).toMatch(SAFE);
    expect(name).not.toContain('..');
    expect(name.endsWith('.')).toBe(false);
    expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/);
  });

  it('different ids never share a name, not even up to case', () => {
    const names = hostile.map(safeFileName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(hostile.length);
    expect(safeFileName('Ren')).not.toBe(safeFileName('ren'));
    expect(safeFileName('Detlef Zühlke')).not.toBe(safeFileName('Detlef Zuhlke'));
  });

  it('property: any string → safe, deterministic, injective on a random sample', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 120 }), { minLength: 2, maxLength: 40 }), (ids) => {
        const names = ids.map(safeFileName);
        for (const n of names) expect(n).toMatch(SAFE);
        expect(ids.map(safeFileName)).toEqual(names);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(ids.length);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
