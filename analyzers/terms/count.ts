/**
 * Term counts of one interview: content-word unigrams, and bigrams of content words that stand next to
 * each other in a sentence (any word between them breaks the pair). Speakers' names and the words of
 * person mentions are left out: they are distinctive of an interview without saying what it is about.
 */
import type { Interview, Sentence } from '../../pipeline/types.js';
import type { Mention, TermCounts } from '../types.js';
import { contentTerm } from './content.js';

export function speakerNameWords(interview: Interview): Set<string> {
  const words = new Set<string>();
  for (const s of interview.speakers) {
    for (const label of [s.name, ...s.aliases]) for (const w of label.split(/[\s,:.]+/)) if (w) words.add(w.toLowerCase());
  }
  return words;
}

/**
 * Token indexes inside person mentions: names say who is talked about, not what about. Token starts
 * ascend, so each mention's tokens are found by binary search rather than a pass over the sentence
 * per mention (a long sentence naming many people would make that quadratic).
 */
function personTokens(s: Sentence, mentions: readonly Mention[]): Set<number> {
  const out = new Set<number>();
  const tokens = s.tokens;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    for (let i = firstStartingAt(s, m.start); i < tokens.length && tokens[i].start - s.start < m.end; i++) out.add(i);
  }
  return out;
}

/** The first token of `s` whose start (in sentence offsets) is at or after `offset`. */
function firstStartingAt(s: Sentence, offset: number): number {
  let lo = 0;
  let hi = s.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.tokens[mid].start - s.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function countTerms(
  sentences: readonly Sentence[],
  excluded: ReadonlySet<string>,
  mentions: ReadonlyArray<readonly Mention[]> = [],
): TermCounts {
  const unigrams = new Map<string, number>();
  const bigrams = new PairCounts();
  let nTokens = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    let prev: string | null = null;
    const people = mentions[si]?.some((m) => m.type === 'person') ? personTokens(s, mentions[si]) : null;
    const tokens = s.tokens;
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti];
      if (t.type === 'word' || t.type === 'number') nTokens++;
      const term = people?.has(ti) ? null : contentTerm(t, excluded);
      if (term === null) {
        prev = t.type === 'punctuation' && t.text === '-' ? prev : null;
        continue;
      }
      unigrams.set(term, (unigrams.get(term) ?? 0) + 1);
      if (prev !== null) bigrams.add(prev, term);
      prev = term;
    }
  }
  // Records in first-seen order, as the tables and the cache expect.
  return { unigrams: Object.fromEntries(unigrams), bigrams: bigrams.toRecord(), nTokens };
}

/**
 * Bigram counts by first word, then second: counting a pair needs no "first second" string, which
 * would be built (and hashed) anew for every occurrence. Keys are joined once per distinct pair, in
 * the order pairs were first seen.
 */
class PairCounts {
  private readonly byFirst = new Map<string, Map<string, number>>();
  private readonly seen: Array<[string, string]> = [];

  add(first: string, second: string): void {
    let after = this.byFirst.get(first);
    if (after === undefined) this.byFirst.set(first, (after = new Map()));
    const n = after.get(second);
    if (n === undefined) {
      after.set(second, 1);
      this.seen.push([first, second]);
    } else after.set(second, n + 1);
  }

  toRecord(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [first, second] of this.seen) {
      const key = `${first} ${second}`;
      // Two pairs may join to one key ("a b" + "c", "a" + "b c"): their counts add up, as keys they are one.
      out[key] = (out[key] ?? 0) + this.byFirst.get(first)!.get(second)!;
    }
    return out;
  }
}
