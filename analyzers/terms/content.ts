/**
 * Accessors for term counting: which tokens are content words, and the term each stands for.
 * Terms are lower-cased lemmas; acronyms keep their capitals ("US", "AI") so they stay apart from
 * the pronoun "us" and from ordinary words.
 */
import type { Token } from '../../pipeline/types.js';
import { STOPWORDS } from './stopwords.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const LETTER = /\p{L}/u;

export function termOf(t: Token): string {
  if (t.text.length >= 2 && t.text === t.text.toUpperCase() && LETTER.test(t.text)) return t.text.replace(/['’]s$/, '');
  return t.lemma.toLowerCase().replace(/['’]s$/, '');
}

/** A content word not in the stopword list and not one of `excluded` (e.g. the speakers' names). */
export function isContent(t: Token, excluded: ReadonlySet<string>): boolean {
  if (t.type !== 'word' || !CONTENT_POS.has(t.pos) || !LETTER.test(t.text)) return false;
  const term = termOf(t);
  return term.length >= 2 && !STOPWORDS.has(term.toLowerCase()) && !excluded.has(term.toLowerCase());
}
