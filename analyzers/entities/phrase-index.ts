/**
 * Longest-match phrase lookup over tokens, one map lookup per step. Keys are phrases as written; the
 * tokens are re-joined with a space only where the text had whitespace, so "U.S.", "T-Mobile" or "5G"
 * match however the tokenizer split them ("5" + "G"), and no alias needs to be tokenized in advance.
 */
import type { Token } from '../../pipeline/types.js';

export interface PhraseIndex<V> {
  byKey: Map<string, V[]>;
  /** Every proper prefix of every key: a walk stops as soon as it leaves this set. */
  prefixes: Set<string>;
}

/** Typographic apostrophes and runs of whitespace are folded so users can write keys either way. */
export function phraseKey(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim();
}

export function buildPhraseIndex<V>(entries: Iterable<readonly [string, V]>): PhraseIndex<V> {
  const byKey = new Map<string, V[]>();
  const prefixes = new Set<string>();
  for (const [raw, value] of entries) {
    const key = phraseKey(raw);
    if (key === '') continue;
    const list = byKey.get(key);
    if (list) list.push(value);
    else byKey.set(key, [value]);
    for (let i = 1; i < key.length; i++) prefixes.add(key.slice(0, i));
  }
  return { byKey, prefixes };
}

export interface PhraseMatch<V> {
  /** Token index one past the last matched token. */
  end: number;
  values: V[];
  /** Characters of the last token left out of the match: a sentence-final "." kept on it ("5G."). */
  trim: number;
}


/** The longest key starting at token `from`, with each token's text read by `textOf`. */
export function longestMatch<V>(
  index: PhraseIndex<V>,
  tokens: readonly Token[],
  from: number,
  textOf: (t: Token) => string,
): PhraseMatch<V> | null {
  let best: PhraseMatch<V> | null = null;
  let s = norm(textOf(tokens[from]));
  for (let j = from; ; ) {
    const hit = index.byKey.get(s);
    if (hit) best = { end: j + 1, values: hit, trim: 0 };
    else if (s.endsWith('.') && s.length > 1) {
      const bare = index.byKey.get(s.slice(0, -1));
      if (bare) best = { end: j + 1, values: bare, trim: 1 };
    }
    if (!index.prefixes.has(s) || j + 1 >= tokens.length) return best;
    j++;
    const gap = tokens[j].start > tokens[j - 1].end ? ' ' : '';
    s = s + gap + norm(textOf(tokens[j]));
  }
}

/** True when some key is longer than `text` and starts with it (a walk from `text` could go on). */
export function mayContinue<V>(index: PhraseIndex<V>, text: string): boolean {
  return index.prefixes.has(norm(text));
}

/** Folds typographic apostrophes; a character scan, since this runs on every token of every walk. */
function norm(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return s.replace(/[\u2018\u2019\u02BC]/g, "'");
  }
  return s;
}
