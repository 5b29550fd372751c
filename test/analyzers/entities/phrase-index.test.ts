import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Token } from '../../../pipeline/types.js';
import { buildPhraseIndex, longestMatch, mayContinue, phraseKey, valuesOf } from '../../../analyzers/entities/phrase-index.js';

/** Tokens with offsets: `glued[i]` puts token i right after token i-1, else one space after it. */
function tokensOf(texts: readonly string[], glued: readonly boolean[] = []): Token[] {
  let at = 0;
  return texts.map((text, i) => {
    if (i > 0 && !glued[i]) at++;
    const t: Token = { text, normal: text.toLowerCase(), lemma: text, pos: 'X', type: 'word', start: at, end: at + text.length, negated: false };
    at += text.length;
    return t;
  });
}

const asText = (t: Token) => t.text;

/**
 * The plain definition the index must agree with: a key map and a set of every proper prefix, the
 * walk building each longer text and looking it up.
 */
function referenceMatch(entries: ReadonlyArray<readonly [string, string]>, tokens: readonly Token[], from: number) {
  const byKey = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const [raw, v] of entries) {
    const key = phraseKey(raw);
    if (key === '') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), v]);
    for (let i = 1; i < key.length; i++) prefixes.add(key.slice(0, i));
  }
  const fold = (s: string) => s.replace(/[\u2018\u2019\u02BC]/g, "'");
  let best: { end: number; values: string[]; trim: number } | null = null;
  let s = fold(tokens[from].text);
  for (let j = from; ; ) {
    const hit = byKey.get(s);
    if (hit) best = { end: j + 1, values: hit, trim: 0 };
    else if (s.endsWith('.') && s.length > 1) {
      const bare = byKey.get(s.slice(0, -1));
      if (bare) best = { end: j + 1, values: bare, trim: 1 };
    }
    if (!prefixes.has(s) || j + 1 >= tokens.length) return best;
    j++;
    s = s + (tokens[j].start > tokens[j - 1].end ? ' ' : '') + fold(tokens[j].text);
  }
}

describe('phrase index: longest match over tokens', () => {
  const entries: Array<[string, string]> = [
    ['U.S.', 'us'], ['United States', 'us'], ['United States Army', 'army'], ['5G', '5g'], ['Huawei', 'hw'],
    ['Huawei Technologies', 'hwt'], ['T-Mobile', 'tm'], ['Xi’an', 'xian'], ['innovation', 'inno'],
  ];
  const index = buildPhraseIndex(entries);
  const cases: Array<[string, string[], boolean[], { end: number; values: string[]; trim: number } | null]> = [
    ['longest of several keys', ['United', 'States', 'Army', 'said'], [], { end: 3, values: ['army'], trim: 0 }],
    ['a key that a longer key extends, alone', ['United', 'States', 'said'], [], { end: 2, values: ['us'], trim: 0 }],
    ['glued pieces join without a space', ['5', 'G', 'network'], [false, true, false], { end: 2, values: ['5g'], trim: 0 }],
    ['the same pieces apart do not', ['5', 'G'], [], null],
    ['a full stop kept on the last token is trimmed', ['5', 'G.'], [false, true], { end: 2, values: ['5g'], trim: 1 }],
    ['a glued full stop after a key that goes on', ['Huawei', '.'], [false, true], { end: 2, values: ['hw'], trim: 1 }],
    ['a spaced full stop is not part of the match', ['Huawei', '.'], [], { end: 1, values: ['hw'], trim: 0 }],
    ['typographic apostrophes fold', ['Xi’an'], [], { end: 1, values: ['xian'], trim: 0 }],
    ['hyphenated, as split', ['T', '-', 'Mobile'], [false, true, true], { end: 3, values: ['tm'], trim: 0 }],
    // false positives: a prefix of a key, and a word that only starts like one
    ['a prefix alone is no match', ['Huawei', 'Technology'], [], { end: 1, values: ['hw'], trim: 0 }],
    ['no key starts with the first character', ['network', 'United'], [], null],
    ['"i" begins "innovation" but "i think" is no key', ['i', 'think'], [], null],
  ];
  it.each(cases)('%s', (_name, texts, glued, expected) => {
    expect(longestMatch(index, tokensOf(texts, glued), 0, asText)).toEqual(expected);
  });

  it('answers key and prefix questions', () => {
    expect(valuesOf(index, 'United States')).toEqual(['us']);
    expect(valuesOf(index, 'United')).toBeUndefined();
    expect(mayContinue(index, 'United')).toBe(true);
    expect(mayContinue(index, 'United States Army')).toBe(false);
    expect(mayContinue(index, 'Xi’')).toBe(true);
  });

  it('agrees with the plain definition on random keys and token runs', () => {
    // A small alphabet so keys, prefixes, glued pieces and full stops collide often.
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '.', '’', "'", '5'), minLength: 1, maxLength: 3 });
    const key = fc.array(piece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.constantFrom('x', 'y', 'z')), { maxLength: 8 }),
        fc.array(fc.tuple(piece, fc.boolean()), { minLength: 1, maxLength: 8 }),
        (keyed, run) => {
          const idx = buildPhraseIndex(keyed);
          const tokens = tokensOf(run.map(([t]) => t), run.map(([, g]) => g));
          for (let from = 0; from < tokens.length; from++) {
            expect(longestMatch(idx, tokens, from, asText)).toEqual(referenceMatch(keyed, tokens, from));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
