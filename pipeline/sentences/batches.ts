/**
 * A document's interviews in batches of about `maxChars` characters of turn text, in order. A
 * document is tokenized and analysed one batch at a time, and a batch's tokens are let go before the
 * next is read: tokens take about 70 bytes of memory per character of text, so a 15 MB compilation of
 * interviews held 1.1 GB at once. A batch holds one interview at least, however long it is.
 */
import type { Interview } from '../types.js';

/** Characters of turn text per batch: the sample's largest document (≈0.3 MB) is one batch. */
export const BATCH_CHARS = 1_000_000;

/**
 * A file of at least this many bytes is read in the calling thread, in parts, even when worker
 * threads read the others (pipeline/parallel): a worker replies with a document whole.
 */
export const LONG_DOCUMENT_BYTES = 4 * BATCH_CHARS;

export function interviewChars(interview: Interview): number {
  let n = 0;
  for (const t of interview.turns) n += t.text.length;
  return n;
}

/** Batches as [from, to) ranges of `interviews`, in order; every interview is in exactly one. */
export function batchInterviews(interviews: readonly Interview[], maxChars: number = BATCH_CHARS): Array<[number, number]> {
  const batches: Array<[number, number]> = [];
  let from = 0;
  let chars = 0;
  interviews.forEach((interview, i) => {
    const n = interviewChars(interview);
    if (i > from && chars + n > maxChars) {
      batches.push([from, i]);
      from = i;
      chars = 0;
    }
    chars += n;
  });
  if (from < interviews.length) batches.push([from, interviews.length]);
  return batches;
}
