/**
 * Sentence vectors for "then vs now": Porter stems of content words plus the sentence's themes and
 * entities as extra features, so two statements about the same thing match even when worded apart.
 */
import { createRequire } from 'node:module';
import type { SentenceRow } from '../../pipeline/types.js';
import { its } from './its.js';

// Direct file imports: natural's index pulls in dotenv, which prints on import.
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const STOP = new Set((require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words);

const WORD = /[\p{L}\p{N}]+/gu;
/** A shared theme or entity counts as much as this many shared words. */
const FEATURE_WEIGHT = 2;

export function sentenceVector(s: SentenceRow): Map<string, number> {
  const v = new Map<string, number>();
  const add = (k: string, w: number) => v.set(k, (v.get(k) ?? 0) + w);
  for (const m of s.text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 3 || STOP.has(w)) continue;
    add(`w:${porter.stem(w)}`, 1);
  }
  for (const t of its.themes(s)) add(`t:${t}`, FEATURE_WEIGHT);
  for (const e of its.entities(s)) add(`e:${e}`, FEATURE_WEIGHT);
  return v;
}
