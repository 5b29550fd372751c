import { describe, expect, it } from 'vitest';
import { nlp, column } from '../../../pipeline/sentences/nlp.js';
import { tokenColumns } from '../../../pipeline/sentences/lexemes.js';

// The per-lexeme memo must give exactly wink's own columns, on first sight of a word and after,
// for contractions (whose pieces carry their own normal form and lemma), OOV words and POS changes.
const texts = [
  "I can't say we don't trust them. It's Huawei's call, isn't it?",
  'We cannot. Cannot we? They won’t ban the 5G. base stations in the U.S. market.',
  'The lead singer will lead. Saw a saw; the saws sawed. Zorblax and zorblaxes flummoxed us.',
  'Ms. Meng Wanzhou met Mr. Trump in 2019 — “really?” he asked… ÉCOLE, Zühlke, naïve cafés.',
  "I can't say we don't trust them. It's Huawei's call, isn't it?",
];

describe('tokenColumns: wink columns read once per lexeme', () => {
  it.each(texts.map((t, i) => [i, t]))('text %i', (_i, text) => {
    const w = nlp();
    const tokens = w.readDoc(text as string).tokens();
    const got = tokenColumns(w, tokens);
    const its = w.its;
    expect(got.value).toEqual(column(tokens, its.value));
    expect(got.normal).toEqual(column(tokens, its.normal));
    expect(got.type).toEqual(column(tokens, its.type));
    expect(got.pos).toEqual(column(tokens, its.pos));
    expect(got.lemma).toEqual(column(tokens, its.lemma));
    expect(got.negated).toEqual(column(tokens, its.negationFlag));
    expect(got.spaces).toEqual(column(tokens, its.precedingSpaces));
  });
});
