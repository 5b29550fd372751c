/**
 * The report on corpora far larger than the sample, scaled down to what a unit test can afford:
 * group-bys cut into slices, transcripts split into parts, evidence lists longer than the call stack.
 */
import { DEFAULT_AGGREGATE } from '../../analyzers/stance/rows.js';
import { describe, expect, it } from 'vitest';
import { ROWS_PER_FRAME, groupBy } from '../../reports/tables/frame.js';
import { combine } from '../../reports/tables/partials.js';
import { buildContext, pageOf, partStarts, TURNS_PER_PART, TURN_CHARS_PER_PART } from '../../reports/context.js';
import { resolveOptions } from '../../reports/options.js';
import { thenNow } from '../../reports/tables/then-now.js';
import { stanceChart } from '../../reports/charts/stance.js';
import { deriveTables } from '../../reports/tables/index.js';
import { renderTranscript } from '../../reports/html/transcript.js';
import type { SentenceRow, Tables, TurnRow } from '../../pipeline/types.js';
import { FIXTURE_TARGETS } from './fixture.js';

const ID = 'long-interview';

function longInterview(nTurns: number, text: (i: number) => string = () => 'We trust our customers in the United States.'): Tables {
  const turns: TurnRow[] = [];
  const sentences: SentenceRow[] = [];
  for (let i = 0; i < nTurns; i++) {
    const question = i % 2 === 0;
    const speaker = question ? 'Host' : 'Ren Zhengfei';
    const role = question ? 'interviewer' : 'interviewee';
    turns.push({ interview_id: ID, turn_index: i, speaker, role, affiliation: '', answers_turn: question ? null : i - 1, source_file: 'long.txt', source_line: i + 1, n_words: 8, text: text(i) });
    sentences.push({ interview_id: ID, turn_index: i, sentence_index: 0, speaker, role, source_line: i + 1, sentiment: 0.25, label: 'positive', themes: 'security_trust', entities: 'United States', n_words: 8, text: text(i) });
  }
  const answers = sentences.filter((s) => s.speaker === 'Ren Zhengfei');
  return {
    interviews: [{ interview_id: ID, title: 'Long', date: '2020-01-01', place: '', outlets: 'Outlet', kind: 'interview', source_file: 'long.txt', interviewee: 'Ren Zhengfei', n_turns: nTurns, n_words: 8 * nTurns }],
    turns,
    removed: [],
    sentences,
    mentions: [],
    themes: [],
    keyness: [],
    collocations: [],
    stance: [{ interview_id: ID, speaker: 'Ren Zhengfei', target: 'United States', n_turns: answers.length, n_sentences: answers.length, score: 0.5, ci_low: 0.4, ci_high: 0.6, label: 'for', evidence: answers.map((s) => `${ID}:${s.turn_index}:0`).join(';') }],
    // One turn whose evidence lists more ids than a spread call can pass as arguments.
    turnStance: [{ interview_id: ID, turn_index: 1, speaker: 'Ren Zhengfei', target: 'United States', n_sentences: 1, score: 0.5, label: 'for', evidence: Array.from({ length: 300_000 }, (_, k) => `${ID}:1:${k}`).join(';') }],
  } as Tables;
}

const contextOf = (t: Tables) => buildContext(t, resolveOptions(t, FIXTURE_TARGETS, {}), DEFAULT_AGGREGATE);

describe('groupBy over more rows than one frame holds', () => {
  it('combines the slices into the same sums, means, counts, extremes and standard deviations', async () => {
    const n = ROWS_PER_FRAME * 2 + 123;
    const rows = Array.from({ length: n }, (_, i) => ({ g: i % 3 === 0 ? 'a' : 'b', v: (i * 7919) % 101 - 50 }));
    let slices = 0;
    const got = await groupBy(rows, ['g'], { v: ['sum', 'mean', 'count', 'min', 'max', 'std'] }, () => void slices++);
    expect(slices).toBe(3);
    for (const g of ['a', 'b']) {
      const vs = rows.filter((r) => r.g === g).map((r) => r.v);
      const mean = vs.reduce((a, b) => a + b, 0) / vs.length;
      const sd = Math.sqrt(vs.reduce((a, b) => a + (b - mean) ** 2, 0) / (vs.length - 1));
      const row = got.find((r) => r.g === g)!;
      expect(row.v_count).toBe(vs.length);
      expect(row.v_sum).toBe(vs.reduce((a, b) => a + b, 0));
      expect(row.v_min).toBe(vs.reduce((a, b) => Math.min(a, b)));
      expect(row.v_max).toBe(vs.reduce((a, b) => Math.max(a, b)));
      expect(Number(row.v_mean)).toBeCloseTo(mean, 9);
      expect(Number(row.v_std)).toBeCloseTo(sd, 9);
    }
  });

  it('combines slice variances exactly as one pass would', () => {
    const xs = [1, 2, 4, 8, 16, 32, 64];
    const slice = (s: number[]) => {
      const mean = s.reduce((a, b) => a + b, 0) / s.length;
      const std = s.length > 1 ? Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / (s.length - 1)) : 0;
      return { count: s.length, sum: s.reduce((a, b) => a + b, 0), mean, std, min: Math.min(...s), max: Math.max(...s) };
    };
    const whole = slice(xs);
    const parts = combine([slice(xs.slice(0, 1)), slice(xs.slice(1, 4)), slice(xs.slice(4))]);
    expect(parts.count).toBe(whole.count);
    expect(parts.sum).toBe(whole.sum);
    expect(parts.mean).toBeCloseTo(whole.mean, 12);
    expect(parts.std).toBeCloseTo(whole.std, 12);
    expect([parts.min, parts.max]).toEqual([1, 64]);
  });
});

describe('transcript parts', () => {
  it('cuts after TURNS_PER_PART turns or TURN_CHARS_PER_PART characters, never inside a turn', () => {
    const turns = longInterview(TURNS_PER_PART * 2 + 1).turns;
    expect(partStarts(turns)).toEqual([0, TURNS_PER_PART, TURNS_PER_PART * 2]);
    const wordy = longInterview(5, (i) => (i === 1 ? 'x'.repeat(TURN_CHARS_PER_PART + 1) : 'short')).turns;
    expect(partStarts(wordy)).toEqual([0, 2]);
    expect(partStarts([])).toEqual([0]);
  });

  it('shows every turn exactly once, links each part to its neighbours, and sends quote links to the right part', () => {
    const n = TURNS_PER_PART * 2 + 10;
    const t = longInterview(n);
    t.turns[TURNS_PER_PART].answers_turn = TURNS_PER_PART - 1;
    const ctx = contextOf(t);
    const iv = ctx.interviews[0];
    expect(iv.parts.map((p) => p.file)).toEqual([`transcripts/${ID}.html`, `transcripts/${ID}.parts/2.html`, `transcripts/${ID}.parts/3.html`]);
    expect(iv.page).toBe(iv.parts[0].file);
    const pages = new Map(renderTranscript(ctx, iv));
    expect([...pages.keys()]).toEqual(iv.parts.map((p) => p.file));
    const anchors = [...pages.values()].flatMap((html) => [...html.matchAll(/<article id="t-(\d+)"/g)].map((m) => Number(m[1])));
    expect(anchors).toEqual(Array.from({ length: n }, (_, i) => i));
    const second = pages.get(iv.parts[1].file)!;
    expect(second).toContain(`href="../${ID}.html">← previous part</a>`);
    expect(second).toContain('href="3.html">next part →</a>');
    expect(second).toContain('href="../../report.html"');
    // A turn answering one on the previous part links there.
    expect(second).toContain(`href="../${ID}.html#t-${TURNS_PER_PART - 1}">turn ${TURNS_PER_PART}</a>`);
    expect(pageOf(iv, TURNS_PER_PART - 1)).toBe(iv.parts[0].file);
    expect(pageOf(iv, TURNS_PER_PART)).toBe(iv.parts[1].file);
    expect(pageOf(iv, n - 1)).toBe(iv.parts[2].file);
  });

  it('keeps a short transcript in one page without part links', () => {
    const ctx = contextOf(longInterview(4));
    const pages = [...renderTranscript(ctx, ctx.interviews[0])];
    expect(pages.map(([f]) => f)).toEqual([`transcripts/${ID}.html`]);
    expect(pages[0][1]).not.toContain('class="parts"');
  });
});

describe('evidence lists longer than the call stack', () => {
  it('builds then-now without spreading the list into a call', () => {
    const t = longInterview(4);
    t.interviews.push({ ...t.interviews[0], interview_id: 'later', date: '2020-02-01' });
    for (const r of [...t.turns]) t.turns.push({ ...r, interview_id: 'later' });
    for (const r of [...t.sentences]) t.sentences.push({ ...r, interview_id: 'later' });
    t.turnStance.push({ ...t.turnStance[0], interview_id: 'later', evidence: t.turnStance[0].evidence.replaceAll(`${ID}:`, 'later:') });
    const rows = thenNow(contextOf(t)).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect([r.then_id.startsWith(`${ID}:`), r.now_id.startsWith('later:')]).toEqual([true, true]);
  });

  it('keeps evidence ids out of the stance chart data (they stay in data/stance_points)', async () => {
    const ctx = contextOf(longInterview(200));
    const tables = await deriveTables(ctx);
    expect(tables.stance_points.rows[0].evidence.split(';')).toHaveLength(100);
    const values = (stanceChart({ tables, focus: { speaker: ctx.speaker, targets: ctx.targets } }).data as { values: object[] }).values;
    expect(values).toHaveLength(1);
    expect(values[0]).not.toHaveProperty('evidence');
  });
});
