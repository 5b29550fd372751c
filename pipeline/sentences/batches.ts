/**
 * A document's interviews in batches of about `maxChars` characters of turn text, in order. A
 * document is tokenized and analysed one batch at a time, and a batch's tokens are let go before the
 * next is read: tokens take about 70 bytes of memory per character of text, so a 15 MB compilation of
 * interviews held 1.1 GB at once. A batch holds one interview at least; an interview longer than
 * `longChars` is read in pieces of whole turns of about `maxChars` each (see `planParts`).
 */
import type { Interview } from '../types.js';

/** Characters of turn text per batch: the sample's largest document (≈0.3 MB) is one batch. */
export const BATCH_CHARS = 1_000_000;

/**
 * A file of at least this many bytes is read in the calling thread, in parts, even when worker
 * threads read the others (pipeline/parallel): a worker replies with a document whole.
 */
export const LONG_DOCUMENT_BYTES = 4 * BATCH_CHARS;

/**
 * An interview longer than this is read in pieces: held whole, a million short lines (18 MB) held
 * 2.2 GB of tokens, turns and analysis at once. Each piece is read three times (analyzers/types.ts,
 * InterviewSweeps), so an interview a few batches long is cheaper read whole.
 */
export const LONG_INTERVIEW_CHARS = 4 * BATCH_CHARS;

export function interviewChars(interview: Interview): number {
  let n = 0;
  for (const t of interview.turns) n += t.text.length;
  return n;
}

/** Batches as [from, to) ranges of `interviews`, in order; every interview is in exactly one. */
export function batchInterviews(interviews: readonly Interview[], maxChars: number = BATCH_CHARS): Array<[number, number]> {
  return rangesBySize(interviews.length, (i) => interviewChars(interviews[i]), maxChars);
}

/** [from, to) ranges over `n` items in order, each of at most `max` in size, or of one item alone. */
function rangesBySize(n: number, size: (i: number) => number, max: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const k = size(i);
    if (i > from && total + k > max) {
      ranges.push([from, i]);
      from = i;
      total = 0;
    }
    total += k;
  }
  if (from < n) ranges.push([from, n]);
  return ranges;
}

/**
 * One part of a document, as it is read: a batch of whole interviews [from, to), or piece `index` of
 * `count` of interview `interview`, its turns [from, to).
 */
export type PartPlan =
  | { kind: 'interviews'; from: number; to: number }
  | { kind: 'piece'; interview: number; from: number; to: number; index: number; count: number };

/**
 * The parts of a document, in order: its interviews batched (batchInterviews), except that an
 * interview of more than `longChars` characters (and more than one turn) is read in pieces of whole
 * turns, each of about `maxChars` characters (or one turn alone). Every interview, and every turn of a
 * piece, is in exactly one part.
 */
export function planParts(interviews: readonly Interview[], maxChars: number = BATCH_CHARS, longChars: number = LONG_INTERVIEW_CHARS): PartPlan[] {
  const parts: PartPlan[] = [];
  let from = 0;
  const flush = (to: number) => {
    for (const [a, b] of batchInterviews(interviews.slice(from, to), maxChars)) parts.push({ kind: 'interviews', from: from + a, to: from + b });
  };
  interviews.forEach((interview, i) => {
    if (interview.turns.length < 2 || interviewChars(interview) <= longChars) return;
    flush(i);
    const pieces = pieceTurns(interview, maxChars);
    pieces.forEach(([a, b], index) => parts.push({ kind: 'piece', interview: i, from: a, to: b, index, count: pieces.length }));
    from = i + 1;
  });
  flush(interviews.length);
  return parts;
}

/** An interview's turns as [from, to) ranges of about `maxChars` characters each, one turn at least. */
export function pieceTurns(interview: Interview, maxChars: number = BATCH_CHARS): Array<[number, number]> {
  return rangesBySize(interview.turns.length, (i) => interview.turns[i].text.length, maxChars);
}
