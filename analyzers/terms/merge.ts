/**
 * The term counts of an interview read in pieces (pipeline/sentences/long-interviews.ts), from the
 * counts of its pieces: each count the sum of the pieces', each key where it first appears. That is
 * the record the whole interview gives: its keys are in first-seen order too, and integer-like keys
 * come first, ascending, in any object. Built through Maps, so a term such as "__proto__" is a key
 * like any other.
 */
import type { TermCounts } from '../types.js';

function sumRecords(records: ReadonlyArray<Readonly<Record<string, number>>>): Record<string, number> {
  const sum = new Map<string, number>();
  for (const r of records) for (const [k, n] of Object.entries(r)) sum.set(k, (sum.get(k) ?? 0) + n);
  return Object.fromEntries(sum);
}

export function mergeTermCounts(pieces: readonly TermCounts[]): TermCounts {
  return {
    unigrams: sumRecords(pieces.map((t) => t.unigrams)),
    bigrams: sumRecords(pieces.map((t) => t.bigrams)),
    nTokens: pieces.reduce((n, t) => n + t.nTokens, 0),
  };
}
