/** Derived tables on the hand-made fixture, with expectations worked out by hand from its turns. */
import { DEFAULT_AGGREGATE } from '../../analyzers/stance/rows.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext, type ReportContext } from '../../reports/context.js';
import { resolveOptions } from '../../reports/options.js';
import { deriveTables, type DerivedTables } from '../../reports/tables/index.js';
import { GROUPS_PER_FRAME, groupBy } from '../../reports/tables/frame.js';
import { prompted } from '../../reports/tables/prompted.js';
import { as } from '../../reports/tables/as.js';
import type { Tables } from '../../pipeline/types.js';
import { fixtureTables, FIXTURE_TARGETS } from './fixture.js';

const COFFEE = '2019-11-06-coffee-with-ren';
const GLOBE = '2019-12-02-globe-and-mail';
const SCMP = '2020-03-24-scmp';
const REN = 'Ren Zhengfei';

function context(tables: Tables = fixtureTables(), o: Parameters<typeof resolveOptions>[2] = {}): ReportContext {
  return buildContext(tables, resolveOptions(tables, FIXTURE_TARGETS, o), DEFAULT_AGGREGATE);
}

let ctx: ReportContext;
let d: DerivedTables;
beforeAll(async () => {
  ctx = context();
  d = await deriveTables(ctx);
});

describe('groupBy (danfojs)', () => {
  it('keeps key tuples apart that danfojs would join into one "a-b-c" key, and survives "__proto__"', async () => {
    const rows = [
      { a: 'a-b', b: 'c', v: 1 },
      { a: 'a', b: 'b-c', v: 2 },
      { a: '__proto__', b: 'constructor', v: 3 },
      { a: 'a', b: 'b-c', v: 5 },
    ];
    expect(await groupBy(rows, ['a', 'b'], { v: ['sum', 'count'] })).toEqual([
      { a: '__proto__', b: 'constructor', v_sum: 3, v_count: 1 },
      { a: 'a', b: 'b-c', v_sum: 7, v_count: 2 },
      { a: 'a-b', b: 'c', v_sum: 1, v_count: 1 },
    ]);
    expect(await groupBy([], ['a'], {})).toEqual([]);
  });

  it('keeps a number key apart from the same digits as text, and tuples apart that share their first key', async () => {
    const rows = [
      { a: 1, b: 'x', v: 1 },
      { a: '1', b: 'x', v: 2 },
      { a: 1, b: 'y', v: 4 },
      { a: 1, b: 'x', v: 8 },
    ];
    expect(await groupBy(rows, ['a', 'b'], { v: ['sum'] })).toEqual([
      { a: 1, b: 'x', v_sum: 9 },
      { a: '1', b: 'x', v_sum: 2 },
      { a: 1, b: 'y', v_sum: 4 },
    ]);
  });

  it('gives every group its own sums and means when the groups span several frames', async () => {
    const groups = GROUPS_PER_FRAME * 2 + 7;
    // Rows of a group are spread through the input, so a group split across frames would show.
    const rows = Array.from({ length: groups * 3 }, (_, i) => ({ g: i % groups, v: i }));
    let frames = 0;
    const got = await groupBy(rows, ['g'], { v: ['sum', 'mean', 'count'] }, () => void frames++);
    expect(frames).toBe(3);
    expect(got).toHaveLength(groups);
    for (const r of [got[0], got[GROUPS_PER_FRAME], got[groups - 1]]) {
      const g = Number(r.g);
      const vs = [g, g + groups, g + 2 * groups];
      expect(r).toEqual({ g, v_sum: vs[0] + vs[1] + vs[2], v_mean: (vs[0] + vs[1] + vs[2]) / 3, v_count: 3 });
    }
  });
});

describe('deriveTables', () => {
  it('calls its between hook after each table and after each frame a table aggregates, and derives the same tables with it', async () => {
    let calls = 0;
    const again = await deriveTables(ctx, () => void calls++);
    // Five group-bys, one frame each on this fixture; the sentence totals three tables share
    // (sentence-totals.ts) are a step of their own.
    expect(calls).toBe(Object.keys(again).length + 1 + 5);
    expect(JSON.stringify(again)).toBe(JSON.stringify(d));
  });
});

describe('context', () => {
  it('orders interviews by date and labels them with date and outlet', () => {
    expect(ctx.interviews.map((i) => i.label)).toEqual(['2019-11-06 Bloomberg Television', '2019-12-02 The Globe and Mail', '2020-03-24 South China Morning Post']);
  });

  it('restricts every table to the date range', () => {
    const c = context(undefined, { from: '2019-12', to: '2019-12' });
    expect(c.interviews.map((i) => i.id)).toEqual([GLOBE]);
    expect(new Set(c.tables.sentences.map((s) => s.interview_id))).toEqual(new Set([GLOBE]));
    expect(new Set(c.tables.stance.map((s) => s.interview_id))).toEqual(new Set([GLOBE]));
  });

  it('gives distinct transcript pages to ids that would share a safe file name', () => {
    const t = fixtureTables();
    t.interviews = [...t.interviews, { ...t.interviews[0], interview_id: '../../etc/passwd' }, { ...t.interviews[0], interview_id: '../../ETC/passwd' }];
    const pages = context(t).interviews.map((i) => i.page);
    expect(new Set(pages).size).toBe(pages.length);
    for (const p of pages) expect(p).toMatch(/^transcripts\/[a-z0-9][a-z0-9._-]*\.html$/);
  });
});

describe('theme_share', () => {
  it('makes zeros explicit and flags the top themes per speaker', () => {
    const ren = d.theme_share.rows.filter((r) => r.speaker === REN);
    // 3 interviews × 7 themes
    expect(ren).toHaveLength(21);
    const fiveG = ren.find((r) => r.interview_id === COFFEE && r.theme === '5g')!;
    expect(fiveG).toMatchObject({ n_sentences: 0, share: 0, n_speaker_sentences: 5 });
    const top = [...new Set(ren.filter((r) => r.top).map((r) => r.theme))].sort();
    // us_relations 7, security_trust 6, supply_chain 4, geopolitics 3; then a tie at 2 won by name.
    expect(top).toEqual(['5g', 'geopolitics', 'security_trust', 'supply_chain', 'us_relations']);
  });
});

describe('prompted', () => {
  const count = (rows: DerivedTables['prompted']['rows'], id: string, theme: string, kind: string) =>
    rows.find((r) => r.interview_id === id && r.speaker === REN && r.theme === theme && r.kind === kind)?.n_answers ?? 0;

  it('classifies each answer theme by whether the question carried it', () => {
    const rows = d.prompted.rows;
    expect(count(rows, COFFEE, 'us_relations', 'prompted')).toBe(1);
    expect(count(rows, COFFEE, 'security_trust', 'prompted')).toBe(1);
    expect(count(rows, COFFEE, 'security_trust', 'volunteered')).toBe(1);
    expect(count(rows, COFFEE, 'supply_chain', 'volunteered')).toBe(1);
    expect(count(rows, GLOBE, 'us_relations', 'volunteered')).toBe(2);
    expect(count(rows, GLOBE, 'us_relations', 'prompted')).toBe(0);
    expect(count(rows, SCMP, 'covid', 'prompted')).toBe(1);
    expect(rows.some((r) => r.kind === 'not taken up')).toBe(false);
  });

  it('counts a question theme the answer did not carry as not taken up', async () => {
    const t = fixtureTables();
    // Strip the themes of the SCMP answer to the covid question.
    t.sentences = t.sentences.map((s) => (s.interview_id === SCMP && s.turn_index === 1 ? { ...s, themes: '' } : s));
    const rows = (await prompted(context(t))).rows;
    expect(count(rows, SCMP, 'covid', 'not taken up')).toBe(1);
    expect(count(rows, SCMP, 'covid', 'prompted')).toBe(0);
  });
});

describe('sentiment_summary', () => {
  it('gives the distribution, not only the mean', () => {
    const r = d.sentiment_summary.rows.find((x) => x.interview_id === COFFEE && x.speaker === REN)!;
    // Ren's five sentences there: 0.2, 0.5, 0.3, 0.6, 0.5
    expect(r).toMatchObject({ n_sentences: 5, mean: 0.42, median: 0.5, q1: 0.3, q3: 0.5, share_positive: 1, share_negative: 0, few: false });
  });

  it('flags a speaker with fewer than 5 sentences', () => {
    expect(d.sentiment_summary.rows.find((x) => x.speaker === 'Kishore Mahbubani')!.few).toBe(true);
  });
});

describe('stance_points', () => {
  it('carries interval, count and the top quotes from the evidence', () => {
    const p = d.stance_points.rows.find((r) => r.interview_id === GLOBE && r.target === 'United States')!;
    expect(p).toMatchObject({ score: -0.4, n_sentences: 3, few: true });
    expect(p.quote_1).toBe('The United States is using Canada as a tool.');
    expect(p.ci_low).toBeLessThanOrEqual(p.score);
    expect(p.ci_high).toBeGreaterThanOrEqual(p.score);
  });

  it('keeps only the chosen targets', async () => {
    const c = context(undefined, { targets: ['security_trust'] });
    const rows = (await deriveTables(c)).stance_points.rows;
    expect(new Set(rows.map((r) => r.target))).toEqual(new Set(['security_trust']));
  });
});

describe('shifts', () => {
  it('reports the stance change between consecutive interviews with evidence on both sides', () => {
    const s = d.shifts.rows.find((r) => r.from_id === COFFEE && r.to_id === GLOBE && r.kind === 'stance' && r.key === 'United States')!;
    expect(s.delta).toBeCloseTo(-0.75, 4);
    expect(s.evidence_from.split(';')[0]).toBe(`${COFFEE}:1:1`);
    expect(s.evidence_to.split(';')[0]).toBe(`${GLOBE}:1:2`);
  });

  it('ranks theme shifts by absolute change, at most three per pair', () => {
    const t = d.shifts.rows.filter((r) => r.from_id === COFFEE && r.kind === 'theme');
    expect(t.length).toBeLessThanOrEqual(3);
    const abs = t.map((r) => Math.abs(r.delta));
    expect([...abs].sort((a, b) => b - a)).toEqual(abs);
    // security_trust: 3/5 → 2/8 is the largest fall.
    expect(t.find((r) => r.key === 'security_trust')?.delta).toBeCloseTo(0.25 - 0.6, 4);
  });
});

describe('then_now', () => {
  it('pairs statements from the earliest and latest interviews, each sentence at most once', () => {
    const us = d.then_now.rows.filter((r) => r.target === 'United States');
    expect(us.length).toBeGreaterThan(0);
    for (const r of us) {
      expect(r.then_id.startsWith(`${COFFEE}:`)).toBe(true);
      expect(r.now_id.startsWith(`${SCMP}:`)).toBe(true);
      expect(r.similarity).toBeGreaterThan(0);
    }
    expect(new Set(us.map((r) => r.then_id)).size).toBe(us.length);
    expect(new Set(us.map((r) => r.now_id)).size).toBe(us.length);
    const sims = us.map((r) => r.similarity);
    expect([...sims].sort((a, b) => b - a)).toEqual(sims);
  });

  it('uses cosine similarity', () => {
    expect(as.cosine(new Map([['a', 1]]), new Map([['a', 3]]))).toBeCloseTo(1);
    expect(as.cosine(new Map([['a', 1]]), new Map([['b', 1]]))).toBe(0);
    expect(as.cosine(new Map(), new Map([['b', 1]]))).toBe(0);
  });
});

describe('every derived table', () => {
  it('lists exactly its columns in every row', () => {
    for (const t of Object.values(d)) {
      for (const row of t.rows) expect(Object.keys(row).sort(), t.name).toEqual([...t.columns].sort());
    }
  });
});
