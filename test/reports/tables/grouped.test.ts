/** The tables of interview groups: sentiment and stance made afresh from each group's sentences and turns. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGGREGATE, type AggregateOptions } from '../../../analyzers/stance/rows.js';
import { bootstrapCI, mean, seedFor } from '../../../analyzers/stance/bootstrap.js';
import { buildContext, type ReportContext } from '../../../reports/context.js';
import { resolveOptions } from '../../../reports/options.js';
import { as } from '../../../reports/tables/as.js';
import { clip } from '../../../reports/tables/evidence.js';
import { INTERVIEW_COLUMNS, reportGroups } from '../../../reports/tables/groups.js';
import { sentimentGroups } from '../../../reports/tables/sentiment.js';
import { stanceGroups } from '../../../reports/tables/stance.js';
import type { Tables } from '../../../pipeline/types.js';
import { FIXTURE_TARGETS, fixtureCopies, fixtureTables } from '../fixture.js';

const contextOf = (t: Tables, aggregate: AggregateOptions = DEFAULT_AGGREGATE): ReportContext => buildContext(t, resolveOptions(t, FIXTURE_TARGETS, {}), aggregate);

describe(`tables of interview groups (past ${INTERVIEW_COLUMNS} interviews)`, () => {
  const ctx = contextOf(fixtureCopies(25)); // 75 interviews: 25 groups of 3
  const groups = reportGroups(ctx.interviews)!;
  /** The interview ids of group `g` (0-based). */
  const idsOf = (g: number) => new Set(ctx.interviews.filter((iv) => groups.of.get(iv.order)?.order === g).map((iv) => iv.id));

  it('groups the copies as made: copy c is group c, three interviews each', () => {
    expect(groups.groups).toBe(25);
    expect([...idsOf(4)].sort()).toEqual(fixtureTables().interviews.map((iv) => `${iv.interview_id}~4`).sort());
  });

  it('are empty when the report has no more interviews than a chart has columns', () => {
    const small = contextOf(fixtureCopies(10)); // 30 interviews
    expect(reportGroups(small.interviews)).toBeNull();
    expect(sentimentGroups(small, null).rows).toEqual([]);
    expect(stanceGroups(small, null).rows).toEqual([]);
  });

  describe('sentiment_groups', () => {
    const table = sentimentGroups(ctx, groups);

    it('has a row per group and speaker, of every sentence of theirs, in time order', () => {
      for (const g of [0, 7, 24]) {
        const ids = idsOf(g);
        const speakers = new Set(ctx.tables.sentences.filter((s) => ids.has(s.interview_id)).map((s) => s.speaker));
        expect(table.rows.filter((r) => r.order === g).map((r) => r.speaker).sort()).toEqual([...speakers].sort());
      }
      expect(as.sum(table.rows.map((r) => r.n_sentences))).toBe(ctx.tables.sentences.length);
      expect(table.rows.map((r) => r.order)).toEqual([...table.rows.map((r) => r.order)].sort((a, b) => a - b));
    });

    it('takes quartiles, mean and shares from the group\'s sentences', () => {
      for (const r of table.rows) {
        const ids = idsOf(r.order);
        const own = ctx.tables.sentences.filter((s) => ids.has(s.interview_id) && s.speaker === r.speaker);
        const xs = own.map((s) => Math.round(s.sentiment * 1e4) / 1e4);
        expect(r.n_sentences).toBe(own.length);
        expect(r.n_interviews).toBe(3);
        expect(r.mean).toBeCloseTo(as.mean(xs), 4);
        expect(r.median).toBeCloseTo(as.median(xs), 4);
        expect(r.q1).toBeCloseTo(as.quantile(xs, 0.25), 4);
        expect(r.q3).toBeCloseTo(as.quantile(xs, 0.75), 4);
        expect(r.share_negative).toBeCloseTo(own.filter((s) => s.label === 'negative').length / own.length, 4);
        expect(r.share_negative + r.share_neutral + r.share_positive).toBeCloseTo(1, 3);
        expect(r.whisker_low).toBeLessThanOrEqual(r.q1);
        expect(r.whisker_high).toBeGreaterThanOrEqual(r.q3);
        expect(r.few).toBe(own.length < 5);
      }
    });
  });

  describe('stance_groups', () => {
    const table = stanceGroups(ctx, groups);

    it('has a row per group, speaker and target with turns about it', () => {
      const keys = new Set(ctx.tables.turnStance.map((t) => JSON.stringify([groups.of.get(ctx.interview.get(t.interview_id)!.order)!.order, t.speaker, t.target])));
      expect(table.rows.map((r) => JSON.stringify([r.order, r.speaker, r.target])).sort()).toEqual([...keys].sort());
    });

    it('scores a group as the mean of its turns, with the interval resampling them under the analysis\'s settings', () => {
      for (const r of table.rows) {
        const ids = idsOf(r.order);
        const turns = ctx.tables.turnStance.filter((t) => ids.has(t.interview_id) && t.speaker === r.speaker && t.target === r.target);
        const scores = turns.map((t) => t.score);
        expect(r.n_turns).toBe(turns.length);
        expect(r.n_sentences).toBe(as.sum(turns.map((t) => t.n_sentences)));
        expect(r.score).toBeCloseTo(mean(scores), 3);
        const ci = bootstrapCI(scores, DEFAULT_AGGREGATE.resamples, seedFor(`group\u0000${r.interview}\u0000${r.speaker}\u0000${r.target}`, DEFAULT_AGGREGATE.seed));
        expect([r.ci_low, r.ci_high]).toEqual([Math.round(ci.low * 1e4) / 1e4, Math.round(ci.high * 1e4) / 1e4]);
        expect(r.ci_low).toBeLessThanOrEqual(r.score);
        expect(r.ci_high).toBeGreaterThanOrEqual(r.score);
        expect(r.label).toBe(r.score > 0.1 ? 'for' : r.score < -0.1 ? 'against' : 'neutral');
        // The quotes: the first sentence of each of the strongest turns, named by id.
        const strongest = [...turns].sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.turn_index - b.turn_index);
        const quoted = r.quote_ids.split(';');
        expect(quoted).toEqual(strongest.slice(0, 3).map((t) => t.evidence.split(';')[0]));
        expect([r.quote_1, r.quote_2, r.quote_3].filter(Boolean)).toEqual(quoted.map((id) => clip(ctx.sentence.get(id)!.text)));
      }
    });

    it('uses the analysis\'s interval settings, not defaults of its own', () => {
      const other = stanceGroups(contextOf(fixtureCopies(25), { ...DEFAULT_AGGREGATE, seed: 7, neutralBand: 0.9 }), groups);
      const wide = table.rows.filter((r) => r.n_turns > 1);
      expect(wide.length).toBeGreaterThan(0);
      expect(other.rows.some((r, i) => r.ci_low !== table.rows[i].ci_low || r.ci_high !== table.rows[i].ci_high)).toBe(true);
      expect(other.rows.every((r) => r.label === 'neutral')).toBe(true);
    });

    it('is the same whatever order the turn rows come in', () => {
      const t = fixtureCopies(25);
      const reversed = stanceGroups(contextOf({ ...t, turnStance: [...t.turnStance].reverse() }), groups);
      expect(reversed.rows).toEqual(table.rows);
    });
  });
});
