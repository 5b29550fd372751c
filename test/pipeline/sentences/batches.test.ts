import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, LONG_INTERVIEW_CHARS, SLICE_CHARS, batchInterviews, interviewChars, pieceTurns, planParts, type PartPlan } from '../../../pipeline/sentences/batches.js';
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
    parts.map((p) =>
      p.kind === 'interviews'
        ? interviews.slice(p.from, p.to).map((i) => i.id).join(' ')
        : `${interviews[p.interview].id}[${p.from}-${p.to})${p.chars ? ` chars ${p.chars[0]}-${p.chars[1]}` : ''} ${p.index + 1}/${p.count}`,
    );

  const cases: Array<{ name: string; interviews: Interview[]; max: number; long: number; slice?: number; parts: string[] }> = [
    { name: 'no long interview: the batches', interviews: [interview('a', 4), interview('b', 7), interview('c', 3)], max: 10, long: 20, parts: ['a', 'b c'] },
    { name: 'a long interview in pieces of whole turns, between batches', interviews: [interview('a', 4), interview('b', 6, 6, 6, 6), interview('c', 3)], max: 10, long: 20, parts: ['a', 'b[0-1) 1/4', 'b[1-2) 2/4', 'b[2-3) 3/4', 'b[3-4) 4/4', 'c'] },
    { name: 'turns fill a piece up to the size', interviews: [interview('b', 3, 3, 3, 3, 3, 3, 3)], max: 10, long: 20, parts: ['b[0-3) 1/3', 'b[3-6) 2/3', 'b[6-7) 3/3'] },
    { name: 'a turn over the size is a piece alone', interviews: [interview('b', 2, 30, 2)], max: 10, long: 20, parts: ['b[0-1) 1/3', 'b[1-2) 2/3', 'b[2-3) 3/3'] },
    { name: 'one turn no longer than the slice size is read whole', interviews: [interview('a', 50), interview('b', 1)], max: 10, long: 20, parts: ['a', 'b'] },
    { name: 'a turn longer than the slice size, in slices', interviews: [interview('a', 50), interview('b', 1)], max: 10, long: 20, slice: 20, parts: ['a[0-1) chars 0-20 1/3', 'a[0-1) chars 20-40 2/3', 'a[0-1) chars 40-50 3/3', 'b'] },
    { name: 'a long turn among others, in slices between pieces', interviews: [interview('a', 4, 50, 4)], max: 10, long: 20, slice: 30, parts: ['a[0-1) 1/4', 'a[1-2) chars 0-30 2/4', 'a[1-2) chars 30-50 3/4', 'a[2-3) 4/4'] },
    { name: 'an interview short enough is not sliced, however long its turn', interviews: [interview('a', 50)], max: 10, long: 60, slice: 20, parts: ['a'] },
    { name: 'at the limit, read whole', interviews: [interview('a', 10, 10)], max: 10, long: 20, parts: ['a'] },
    { name: 'two long interviews', interviews: [interview('a', 15, 15), interview('b', 15, 15)], max: 20, long: 20, parts: ['a[0-1) 1/2', 'a[1-2) 2/2', 'b[0-1) 1/2', 'b[1-2) 2/2'] },
  ];
  it.each(cases)('$name', ({ interviews, max, long, slice, parts }) => {
    const got = planParts(interviews, max, long, slice);
    expect(show(interviews, got)).toEqual(parts);
    // Every character of every turn in exactly one part, in order: each turn's spans run on from 0 to its end.
    const spans = got.flatMap((p) => {
      const batch = p.kind === 'interviews' ? interviews.slice(p.from, p.to) : [{ ...interviews[p.interview], turns: interviews[p.interview].turns.slice(p.from, p.to) }];
      return batch.flatMap((iv) => iv.turns.map((t) => ({ turn: `${iv.id}${t.index}`, from: p.kind === 'piece' && p.chars ? p.chars[0] : 0, to: p.kind === 'piece' && p.chars ? p.chars[1] : t.text.length })));
    });
    let k = 0;
    for (const iv of interviews) {
      for (const t of iv.turns) {
        let at = 0;
        do {
          expect(spans[k]).toMatchObject({ turn: `${iv.id}${t.index}`, from: at });
          at = spans[k++].to;
        } while (at < t.text.length);
        expect(at).toBe(t.text.length);
      }
    }
    expect(k).toBe(spans.length);
  });

  it('reads an interview whole up to several batches long by default', () => {
    expect(LONG_INTERVIEW_CHARS).toBeGreaterThan(BATCH_CHARS);
    const turns = (n: number) => interview('a', ...Array.from({ length: n }, () => 100_000));
    expect(pieceTurns(turns(45))).toEqual([{ from: 0, to: 10 }, { from: 10, to: 20 }, { from: 20, to: 30 }, { from: 30, to: 40 }, { from: 40, to: 45 }]);
    expect(planParts([turns(45)])).toHaveLength(5);
    expect(planParts([turns(40)])).toEqual([{ kind: 'interviews', from: 0, to: 1 }]);
    // One turn of 4.5 M characters: in slices of at most SLICE_CHARS.
    const monologue = interview('a', 4_500_000);
    expect(planParts([monologue]).map((p) => (p.kind === 'piece' ? p.chars : p))).toEqual([
      [0, 1_000_000], [1_000_000, 2_000_000], [2_000_000, 3_000_000], [3_000_000, 4_000_000], [4_000_000, 4_500_000],
    ]);
    expect(SLICE_CHARS).toBe(BATCH_CHARS);
  });
});
