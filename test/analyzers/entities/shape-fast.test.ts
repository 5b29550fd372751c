import { describe, expect, it } from 'vitest';
import { isAllCaps, isTitleCase, possessiveLength } from '../../../analyzers/entities/shape.js';

// The character-code fast paths must agree with the general case-conversion definitions.
const titleCase = (t: string) => {
  const c = t.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase() && t !== t.toUpperCase();
};
const allCaps = (t: string) => t !== t.toLowerCase() && t === t.toUpperCase();
const words = [
  '', 'a', 'A', 'Huawei', 'HUAWEI', 'huawei', 'McDonald', 'US', 'Us', 'us', '5G', '5g', 'R&D', "O'Brien",
  'Zühlke', 'ZÜHLKE', 'Éric', 'ÉRIC', 'éric', 'Ab1', 'A-B', 'A-b', "Ericsson's", "US's", 'Σωκράτης', 'ΣΩΚΡΆΤΗΣ',
  '—', '“Really', 'İstanbul', 'ǅemal', 'X.', 'U.S.', 'ﬀ', 'Straße', 'STRASSE',
];

describe('shape predicates: fast paths agree with the definitions', () => {
  it.each(words)('%s', (w) => {
    expect(isTitleCase(w)).toBe(titleCase(w));
    expect(isAllCaps(w)).toBe(allCaps(w));
    expect(possessiveLength(w)).toBe(w.length > 2 && /['\u2019]s$/.test(w) ? 2 : 0);
  });
});
