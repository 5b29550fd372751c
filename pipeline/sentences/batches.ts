/**
 * A document's interviews in batches of about `maxChars` characters of turn text, in order. A
 * document is tokenized and analysed one batch at a time, and a batch's tokens are let go before the
 * next is read: tokens take about 70 bytes of memory per character of text, so a 15 MB compilation of
 * interviews held 1.1 GB at once. A batch holds one interview at least; an interview longer than
 * `longChars` is read in pieces of whole turns of about `maxChars` each, a turn longer than
 * `sliceChars` in slices (see `planParts`).
 */
import type { Interview } from '../types.js';
import { sliceCuts } from './turn-slices.js';

/** Characters of turn text per batch: the sample's largest document (≈0.3 MB) is one batch. */
export const BATCH_CHARS = 1_000_000;

/**
 * A file of at least this many bytes is read in the calling thread, in parts, even when worker
 * threads read the others (pipeline/parallel): a worker replies with a document whole.
 */
export const LONG_DOCUMENT_BYTES = 4 * BATCH_CHARS;

/**
 * An interview longer than this is read in pieces: held whole, a million short lines (18 MB) held
 * 2.2 GB of tokens, turns and analysis at once. Each piece is read twice, or three times when the
 * first sweep cannot hold what the second needs (analyzers/types.ts, InterviewSweeps; SWEEP_HOLD_CHARS),
 * so an interview a few batches long is cheaper read whole.
 */
export const LONG_INTERVIEW_CHARS = 4 * BATCH_CHARS;

/**
 * A turn longer than this, in an interview read in pieces, is read in slices (turn-slices.ts): one
 * turn of 50 MB, a monologue on one line, held 3.2 GB of tokens.
 */
export const SLICE_CHARS = BATCH_CHARS;

/**
 * Characters of sentence text a long interview's sweep may hold for the next, which then reads them
 * alone in place of every piece (analyzers/registry.ts, Swept): at most about one piece's worth.
 */
export const SWEEP_HOLD_CHARS = BATCH_CHARS;

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
 * A piece of a long interview: its turns [from, to), or, with `chars`, the characters [start, end) of
 * turn `from` alone (`to` = from + 1), one slice of a turn too long to read at once (turn-slices.ts).
 */
export interface PieceSpan {
  from: number;
  to: number;
  chars?: readonly [number, number];
}

/**
 * One part of a document, as it is read: a batch of whole interviews [from, to), or piece `index` of
 * `count` of interview `interview` (see PieceSpan).
 */
export type PartPlan =
  | { kind: 'interviews'; from: number; to: number }
  | ({ kind: 'piece'; interview: number; index: number; count: number } & PieceSpan);

/**
 * The parts of a document, in order: its interviews batched (batchInterviews), except that an
 * interview of more than `longChars` characters is read in pieces (pieceTurns), when it makes two or
 * more. Every interview, and every character of a piece's turns, is in exactly one part.
 */
export function planParts(
  interviews: readonly Interview[],
  maxChars: number = BATCH_CHARS,
  longChars: number = LONG_INTERVIEW_CHARS,
  sliceChars: number = SLICE_CHARS,
): PartPlan[] {
  const parts: PartPlan[] = [];
  let from = 0;
  const flush = (to: number) => {
    for (const [a, b] of batchInterviews(interviews.slice(from, to), maxChars)) parts.push({ kind: 'interviews', from: from + a, to: from + b });
  };
  interviews.forEach((interview, i) => {
    if (interviewChars(interview) <= longChars) return;
    const pieces = pieceTurns(interview, maxChars, sliceChars);
    if (pieces.length < 2) return;
    flush(i);
    pieces.forEach((span, index) => parts.push({ kind: 'piece', interview: i, ...span, index, count: pieces.length }));
    from = i + 1;
  });
  flush(interviews.length);
  return parts;
}

/**
 * An interview's turns in pieces of about `maxChars` characters each, in order: ranges of whole turns
 * (one turn at least), and a turn longer than `sliceChars` in slices of at most that (sliceCuts).
 */
export function pieceTurns(interview: Interview, maxChars: number = BATCH_CHARS, sliceChars: number = SLICE_CHARS): PieceSpan[] {
  const { turns } = interview;
  return rangesBySize(turns.length, (i) => turns[i].text.length, maxChars).flatMap(([from, to]): PieceSpan[] => {
    const cuts = to === from + 1 ? sliceCuts(turns[from].text, sliceChars) : [];
    if (cuts.length === 0) return [{ from, to }];
    const bounds = [0, ...cuts, turns[from].text.length];
    return bounds.slice(1).map((end, k) => ({ from, to, chars: [bounds[k], end] as const }));
  });
}
