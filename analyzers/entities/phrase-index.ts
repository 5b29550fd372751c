/**
 * Longest-match phrase lookup over tokens, one map lookup per step. Keys are phrases as written; the
 * tokens are re-joined with a space only where the text had whitespace, so "U.S.", "T-Mobile" or "5G"
 * match however the tokenizer split them ("5" + "G"), and no alias needs to be tokenized in advance.
 */
import type { Token } from '../../pipeline/types.js';

/**
 * What a walk finds at one step: the values of the key spelled so far, and the characters that follow
 * it in longer keys. Keys and proper prefixes share one map, so each step of a walk costs one lookup;
 * knowing the next characters lets a walk stop before building a longer string no key starts with
 * ("i" + " think" when only "innovation" starts with "i").
 */
export interface PhraseStep<V> {
  values: V[] | undefined;
  /** Character codes that follow this text in some longer key (a space where a token gap may follow). */
  next: number[];
}

export interface PhraseIndex<V> {
  /** Every key and every proper prefix of a key. */
  steps: Map<string, PhraseStep<V>>;
  /**
   * A bit per hashed step of up to HEAD characters (every key's first one, two and three characters):
   * a token whose first characters hit no bit starts no walk. Most tokens are settled by that one
   * array read instead of a map lookup (lower-case words against capitalised aliases, "the" against
   * theme cues).
   */
  heads: Uint32Array;
  /** `heads` holds 2^headBits bits: about 16 per short step, so few tokens hit a bit by chance. */
  headBits: number;
}

/** Characters of a token's text tried against `heads` before any lookup. */
const HEAD = 3;
/** Table sizes: small for an interview's few names (built per interview and per scored line), 8 KB at most. */
const MIN_HEAD_BITS = 6;
const MAX_HEAD_BITS = 16;

/** A hash of the first `n` characters of `s`, in [0, 2^bits). */
function headHash(s: string, n: number, bits: number): number {
  let h = n;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x9e3779b1);
  return h >>> (32 - bits);
}

function hasHead<V>(index: PhraseIndex<V>, s: string, n: number): boolean {
  const h = headHash(s, n, index.headBits);
  return (index.heads[h >>> 5] & (1 << (h & 31))) !== 0;
}

/** Typographic apostrophes and runs of whitespace are folded so users can write keys either way. */
export function phraseKey(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim();
}

export function buildPhraseIndex<V>(entries: Iterable<readonly [string, V]>): PhraseIndex<V> {
  const steps = new Map<string, PhraseStep<V>>();
  const stepAt = (text: string): PhraseStep<V> => {
    let step = steps.get(text);
    if (!step) steps.set(text, (step = { values: undefined, next: [] }));
    return step;
  };
  for (const [raw, value] of entries) {
    const key = phraseKey(raw);
    if (key === '') continue;
    (stepAt(key).values ??= []).push(value);
    for (let i = 1; i < key.length; i++) {
      const next = stepAt(key.slice(0, i)).next;
      if (!next.includes(key.charCodeAt(i))) next.push(key.charCodeAt(i));
    }
  }
  // Steps are closed under prefixes, so the short ones are every key's first HEAD characters.
  const short = [...steps.keys()].filter((text) => text.length <= HEAD);
  const headBits = Math.min(MAX_HEAD_BITS, Math.max(MIN_HEAD_BITS, Math.ceil(Math.log2(16 * short.length + 1))));
  const heads = new Uint32Array(1 << (headBits - 5));
  for (const text of short) {
    const h = headHash(text, text.length, headBits);
    heads[h >>> 5] |= 1 << (h & 31);
  }
  return { steps, heads, headBits };
}

/** The values of exactly this key, if it is one. */
export function valuesOf<V>(index: PhraseIndex<V>, key: string): V[] | undefined {
  return index.steps.get(key)?.values;
}

export interface PhraseMatch<V> {
  /** Token index one past the last matched token. */
  end: number;
  values: V[];
  /** Characters of the last token left out of the match: a sentence-final "." kept on it ("5G."). */
  trim: number;
}


/**
 * The longest key starting at token `from`, with each token's text read by `textOf`; `first` is that
 * text of token `from` when the caller has already read it.
 */
export function longestMatch<V>(
  index: PhraseIndex<V>,
  tokens: readonly Token[],
  from: number,
  textOf: (t: Token) => string,
  first: string = textOf(tokens[from]),
): PhraseMatch<V> | null {
  let s = norm(first);
  // The first lookups are of `s` and, when it ends in ".", of `s` without it: if either is a step,
  // so are its first HEAD characters (characters before that final ".").
  const usable = s.length > 1 && s.charCodeAt(s.length - 1) === 46 /* . */ ? s.length - 1 : s.length;
  if (usable === 0 || !hasHead(index, s, Math.min(HEAD, usable))) return null;
  const steps = index.steps;
  let best: PhraseMatch<V> | null = null;
  for (let j = from; ; ) {
    const step = steps.get(s);
    if (step?.values) best = { end: j + 1, values: step.values, trim: 0 };
    else if (s.length > 1 && s.charCodeAt(s.length - 1) === 46 /* . */) {
      const bare = steps.get(s.slice(0, -1))?.values;
      if (bare) best = { end: j + 1, values: bare, trim: 1 };
    }
    if (step === undefined || step.next.length === 0 || j + 1 >= tokens.length) return best;
    j++;
    const gap = tokens[j].start > tokens[j - 1].end;
    const piece = norm(textOf(tokens[j]));
    // The longer text is only worth building when some key goes on with its first character.
    const head = gap ? 32 /* space */ : piece.charCodeAt(0);
    if (piece !== '' && !step.next.includes(head)) {
      // Built, the text would be no key; but a glued "." would still end the match with it trimmed,
      // as for any key followed by a sentence-final full stop.
      return !gap && piece === '.' && step.values ? { end: j + 1, values: step.values, trim: 1 } : best;
    }
    s = gap ? s + ' ' + piece : s + piece;
  }
}

/** True when some key is longer than `text` and starts with it (a walk from `text` could go on). */
export function mayContinue<V>(index: PhraseIndex<V>, text: string): boolean {
  const step = index.steps.get(norm(text));
  return step !== undefined && step.next.length > 0;
}

/** Folds typographic apostrophes; a character scan, since this runs on every token of every walk. */
function norm(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return s.replace(/[\u2018\u2019\u02BC]/g, "'");
  }
  return s;
}
