import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, LONG_INTERVIEW_CHARS, batchInterviews, interviewChars, pieceTurns, planParts, type PartPlan } from '../../../pipeline/sentences/batches.js';
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

describe('parts of a document', () => {
  const show = (interviews: Interview[], parts: PartPlan[]) =>
    parts.map((p) => (p.kind === 'interviews' ? interviews.slice(p.from, p.to).map((i) => i.id).join(' ') : `${interviews[p.interview].id}[${p.from}-${p.to}) ${p.index + 1}/${p.count}`));

  const cases: Array<{ name: string; interviews: Interview[]; max: number; long: number; parts: string[] }> = [
    { name: 'no long interview: the batches', interviews: [interview('a', 4), interview('b', 7), interview('c', 3)], max: 10, long: 20, parts: ['a', 'b c'] },
    { name: 'a long interview in pieces of whole turns, between batches', interviews: [interview('a', 4), interview('b', 6, 6, 6, 6), interview('c', 3)], max: 10, long: 20, parts: ['a', 'b[0-1) 1/4', 'b[1-2) 2/4', 'b[2-3) 3/4', 'b[3-4) 4/4', 'c'] },
    { name: 'turns fill a piece up to the size', interviews: [interview('b', 3, 3, 3, 3, 3, 3, 3)], max: 10, long: 20, parts: ['b[0-3) 1/3', 'b[3-6) 2/3', 'b[6-7) 3/3'] },
    { name: 'a turn over the size is a piece alone', interviews: [interview('b', 2, 30, 2)], max: 10, long: 20, parts: ['b[0-1) 1/3', 'b[1-2) 2/3', 'b[2-3) 3/3'] },
    { name: 'one turn, however long, is not cut', interviews: [interview('a', 50), interview('b', 1)], max: 10, long: 20, parts: ['a', 'b'] },
    { name: 'at the limit, read whole', interviews: [interview('a', 10, 10)], max: 10, long: 20, parts: ['a'] },
    { name: 'two long interviews', interviews: [interview('a', 15, 15), interview('b', 15, 15)], max: 20, long: 20, parts: ['a[0-1) 1/2', 'a[1-2) 2/2', 'b[0-1) 1/2', 'b[1-2) 2/2'] },
  ];
  it.each(cases)('$name', ({ interviews, max, long, parts }) => {
    const got = planParts(interviews, max, long);
    expect(show(interviews, got)).toEqual(parts);
    // Every turn of every interview in exactly one part, in order.
    const covered = got.flatMap((p) =>
      p.kind === 'interviews' ? interviews.slice(p.from, p.to).flatMap((iv) => iv.turns.map((t) => `${iv.id}${t.index}`)) : interviews[p.interview].turns.slice(p.from, p.to).map((t) => `${interviews[p.interview].id}${t.index}`),
    );
    expect(covered).toEqual(interviews.flatMap((iv) => iv.turns.map((t) => `${iv.id}${t.index}`)));
  });

  it('reads an interview whole up to several batches long by default', () => {
    expect(LONG_INTERVIEW_CHARS).toBeGreaterThan(BATCH_CHARS);
    const turns = (n: number) => interview('a', ...Array.from({ length: n }, () => 100_000));
    expect(pieceTurns(turns(45))).toEqual([[0, 10], [10, 20], [20, 30], [30, 40], [40, 45]]);
    expect(planParts([turns(45)])).toHaveLength(5);
    expect(planParts([turns(40)])).toEqual([{ kind: 'interviews', from: 0, to: 1 }]);
  });
});
