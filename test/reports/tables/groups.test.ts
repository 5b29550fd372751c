import { describe, expect, it } from 'vitest';
import { interviewGroups, sumByGroup, type InterviewGroups } from '../../../reports/tables/groups.js';

const dated = (n: number, date: (i: number) => string | null = (i) => `2020-01-${String(i + 1).padStart(2, '0')}`) =>
  Array.from({ length: n }, (_, order) => ({ order, date: date(order) }));

/** Each group's interview orders, in group order. */
function members(g: InterviewGroups): number[][] {
  const out: number[][] = [];
  for (const [order, axis] of [...g.of].sort((a, b) => a[0] - b[0])) (out[axis.order] ??= []).push(order);
  return out;
}

describe('interviewGroups', () => {
  it.each([
    // n, k, groups, size, interviews in the last group
    [31, 30, 16, 2, 1],
    [60, 30, 30, 2, 2],
    [61, 30, 21, 3, 1],
    [100, 30, 25, 4, 4],
    [2320, 30, 30, 78, 58],
    [10, 3, 3, 4, 2],
    [5, 1, 1, 5, 5],
  ])('%i interviews, at most %i columns: %i groups of %i, the last of %i', (n, k, groups, size, last) => {
    const g = interviewGroups(dated(n, () => null), k)!;
    expect(g.groups).toBe(groups);
    expect(g.size).toBe(size);
    expect(g.interviews).toBe(n);
    const m = members(g);
    expect(m).toHaveLength(groups);
    expect(m.at(-1)).toHaveLength(last);
    // Consecutive, every interview once, in time order.
    expect(m.flat()).toEqual(Array.from({ length: n }, (_, i) => i));
    for (const list of m) expect(list.length).toBeLessThanOrEqual(size);
  });

  it.each([
    [0, 30],
    [1, 30],
    [30, 30],
    [3, 3],
  ])('%i interviews in %i columns: none grouped (null)', (n, k) => {
    expect(interviewGroups(dated(n), k)).toBeNull();
  });

  it('counts an interview given twice once, and takes input in any order', () => {
    const ivs = [...dated(4), ...dated(4)].reverse();
    const g = interviewGroups(ivs, 2)!;
    expect(g.interviews).toBe(4);
    expect(members(g)).toEqual([[0, 1], [2, 3]]);
  });

  it.each([
    ['dated', (i: number) => `2020-01-0${i + 1}`, ['#1 · 2020-01-01 to 2020-01-02', '#2 · 2020-01-03 to 2020-01-04', '#3 · 2020-01-05'], ['2020-01-01', '2020-01-03', '2020-01-05']],
    ['undated', () => null, ['#1 · undated', '#2 · undated', '#3 · undated'], [null, null, null]],
    ['dated, then undated', (i: number) => (i < 3 ? `2020-02-0${i + 1}` : null), ['#1 · 2020-02-01 to 2020-02-02', '#2 · 2020-02-03 to undated', '#3 · undated'], ['2020-02-01', '2020-02-03', null]],
    ['all on one day', () => '2020-03-01', ['#1 · 2020-03-01', '#2 · 2020-03-01', '#3 · 2020-03-01'], ['2020-03-01', '2020-03-01', '2020-03-01']],
  ] as const)('labels %s groups with their date span, numbered so that equal spans stay apart', (_name, date, labels, dates) => {
    const g = interviewGroups(dated(5, date), 3)!;
    const axes = [...new Map([...g.of.values()].map((a) => [a.order, a])).values()];
    expect(axes.map((a) => a.interview)).toEqual(labels);
    expect(axes.map((a) => a.date)).toEqual(dates);
    expect(axes.map((a) => a.n_interviews)).toEqual([2, 2, 1]);
    expect(new Set(axes.map((a) => a.interview)).size).toBe(3);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses %s columns with an internal error', (k) => {
    expect(() => interviewGroups(dated(40), k)).toThrow(/^turnlens: internal error: a chart asked for .* interview columns/);
  });
});

describe('sumByGroup', () => {
  const g = interviewGroups(dated(6), 3)!; // groups {0,1} {2,3} {4,5}
  const row = (order: number, speaker: string, theme: string, n: number, of: number) => ({ order, interview: `iv${order}`, speaker, theme, n, of, share: n / of });

  it('sums each key within each group, groups in time order, keys in order of first row', () => {
    const rows = [
      row(3, 'B', 'x', 1, 10),
      row(0, 'A', 'x', 2, 4),
      row(1, 'A', 'x', 1, 16),
      row(0, 'A', 'y', 0, 4),
      row(2, 'A', 'x', 5, 5),
      row(5, 'A', 'x', 0, 3),
    ];
    const out = sumByGroup(rows, g, ['speaker', 'theme'], ['n', 'of']);
    expect(out.map((r) => [r.order, r.speaker, r.theme, r.n, r.of, r.n_interviews])).toEqual([
      [0, 'A', 'x', 3, 20, 2],
      [0, 'A', 'y', 0, 4, 2],
      [1, 'B', 'x', 1, 10, 2],
      [1, 'A', 'x', 5, 5, 2],
      [2, 'A', 'x', 0, 3, 2],
    ]);
    // Only the keys, the sums and the group's axis: a per-interview share would be wrong for a group.
    expect(Object.keys(out[0]).sort()).toEqual(['date', 'interview', 'n', 'n_interviews', 'of', 'order', 'speaker', 'theme']);
    expect(out[0].interview).toBe('#1 · 2020-01-01 to 2020-01-02');
  });

  it('keeps the totals of every sum column', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i % 6, i % 4 === 0 ? 'A' : 'B', `t${i % 3}`, i, i + 1));
    const out = sumByGroup(rows, g, ['speaker', 'theme'], ['n', 'of']);
    const total = (xs: readonly { n: number; of: number }[]) => [xs.reduce((a, r) => a + r.n, 0), xs.reduce((a, r) => a + r.of, 0)];
    expect(total(out)).toEqual(total(rows));
  });

  it('tells keys apart that only a join of their text would confuse', () => {
    const out = sumByGroup([row(0, 'a,b', 'c', 1, 1), row(0, 'a', 'b,c', 1, 1)], g, ['speaker', 'theme'], ['n']);
    expect(out).toHaveLength(2);
  });

  it('refuses a row of an interview in no group rather than drop it', () => {
    expect(() => sumByGroup([row(9, 'A', 'x', 1, 1)], g, ['speaker'], ['n'])).toThrow(/^turnlens: internal error: a row of interview order 9 is in no interview group/);
  });
});
