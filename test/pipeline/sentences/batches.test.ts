import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, batchInterviews, interviewChars } from '../../../pipeline/sentences/batches.js';
import type { Interview, Turn } from '../../../pipeline/types.js';

/** An interview whose turns hold `sizes` characters each; its id says which it is. */
function interview(id: string, ...sizes: number[]): Interview {
  const turns = sizes.map((n, index) => ({ interviewId: id, index, text: 'x'.repeat(n) }) as Turn);
  return { id, speakers: [], turns } as unknown as Interview;
}
const ids = (interviews: Interview[], batches: Array<[number, number]>) =>
  batches.map(([from, to]) => interviews.slice(from, to).map((i) => i.id).join(' '));

describe('interview batches', () => {
  it('counts an interview by the characters of its turns', () => {
    expect(interviewChars(interview('a', 3, 4))).toBe(7);
    expect(interviewChars(interview('a'))).toBe(0);
  });

  const cases: Array<{ name: string; interviews: Interview[]; max: number; batches: string[] }> = [
    { name: 'no interviews, no batch', interviews: [], max: 10, batches: [] },
    { name: 'all in one when they fit', interviews: [interview('a', 4), interview('b', 6)], max: 10, batches: ['a b'] },
    { name: 'a new batch when the next would pass the limit', interviews: [interview('a', 4), interview('b', 7), interview('c', 3)], max: 10, batches: ['a', 'b c'] },
    { name: 'an interview over the limit alone', interviews: [interview('a', 2), interview('b', 25), interview('c', 2)], max: 10, batches: ['a', 'b', 'c'] },
    { name: 'empty interviews ride along', interviews: [interview('a'), interview('b', 10), interview('c')], max: 10, batches: ['a b c'] },
    { name: 'a limit of one: one interview per batch', interviews: [interview('a', 1), interview('b', 1)], max: 1, batches: ['a', 'b'] },
  ];
  it.each(cases)('$name', ({ interviews, max, batches }) => {
    const got = batchInterviews(interviews, max);
    expect(ids(interviews, got)).toEqual(batches);
    // Nothing lost, nothing reordered: each range starts where the one before ended.
    got.forEach(([from], k) => expect(from).toBe(k === 0 ? 0 : got[k - 1][1]));
    expect(got.at(-1)?.[1] ?? 0).toBe(interviews.length);
  });

  it('keeps a document the size of the sample compilation in one batch by default', () => {
    const two = [interview('a', 150_000), interview('b', 150_000)];
    expect(ids(two, batchInterviews(two))).toEqual(['a b']);
    expect(BATCH_CHARS).toBeGreaterThan(300_000);
  });
});
