/**
 * Accessors for term counting: which tokens are content words, and the term each stands for.
 * Terms are lower-cased lemmas; acronyms keep their capitals ("US", "AI") so they stay apart from
 * the pronoun "us" and from ordinary words.
 */
import type { Token } from '../../pipeline/types.js';
import { STOPWORDS } from './stopwords.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const LETTER = /\p{L}/u;

// The tests below run on every token of the corpus: ASCII text is decided from character codes, and
// only text with other characters goes through the regular expression or case conversion.

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) return true;
    if (text.charCodeAt(i) >= 128) return LETTER.test(text);
  }
  return false;
}

/** No character changes when upper-cased ("US", "5G", "R&D"). */
function isUpperText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Drops a trailing possessive "'s" / "’s". */
function withoutPossessive(s: string): string {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return s;
  const q = s.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? s.slice(0, n - 2) : s;
}

export function termOf(t: Token): string {
  if (t.text.length >= 2 && isUpperText(t.text) && hasLetter(t.text)) return withoutPossessive(t.text);
  return withoutPossessive(t.lemma.toLowerCase());
}

/** The token's term when it is a content word not in the stopword list nor in `excluded`; else null. */
export function contentTerm(t: Token, excluded: ReadonlySet<string>): string | null {
  if (t.type !== 'word' || !CONTENT_POS.has(t.pos) || !hasLetter(t.text)) return null;
  const term = termOf(t);
  if (term.length < 2) return null;
  const lower = term.toLowerCase();
  return STOPWORDS.has(lower) || excluded.has(lower) ? null : term;
}

/** A content word not in the stopword list and not one of `excluded` (e.g. the speakers' names). */
export function isContent(t: Token, excluded: ReadonlySet<string>): boolean {
  return contentTerm(t, excluded) !== null;
}
