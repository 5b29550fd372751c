/**
 * sentenceTotals: per speaker and interview, what theme_share, coverage and sentiment_summary read of
 * the sentences, from one group-by. Hand-made sentences with the numbers worked out by hand; then the
 * report's derived tables, which must read the sentences through the group-by once, not once each.
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_AGGREGATE } from '../../../analyzers/stance/rows.js';
import { buildContext, type ReportContext } from '../../../reports/context.js';
import { resolveOptions } from '../../../reports/options.js';
import type { SentenceRow, Tables } from '../../../pipeline/types.js';
import { FIXTURE_TARGETS, fixtureTables } from '../fixture.js';

/** Every group-by the report runs: its rows' count and its keys. */
const calls: Array<{ rows: number; keys: string }> = [];
vi.mock('../../../reports/tables/frame.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../reports/tables/frame.js')>();
  return {
    ...real,
    groupBy: (...args: Parameters<typeof real.groupBy>) => {
      calls.push({ rows: args[0].length, keys: args[1].join(',') });
      return real.groupBy(...args);
    },
  };
});
const { sentenceTotals } = await import('../../../reports/tables/sentence-totals.js');
const { deriveTables } = await import('../../../reports/tables/index.js');

const contextOf = (t: Tables): ReportContext => buildContext(t, resolveOptions(t, FIXTURE_TARGETS, {}), DEFAULT_AGGREGATE);

type Given = Pick<SentenceRow, 'interview_id' | 'speaker' | 'sentiment' | 'label' | 'themes' | 'entities' | 'n_words'>;

function sentence(g: Given, i: number): SentenceRow {
  return { ...g, turn_index: i, sentence_index: 0, role: 'interviewee', source_line: i + 1, text: `s${i}` };
}

/** Only the sentences table is read. */
const sentencesOnly = (given: readonly Given[]): ReportContext => ({ tables: { sentences: given.map(sentence) } }) as unknown as ReportContext;

const CASES: Array<{ name: string; given: Given[]; want: Array<Record<string, number | string>> }> = [
  {
    name: 'one speaker: counts, sums, shares, the mean of the rounded scores',
    given: [
      { interview_id: 'a', speaker: 'Ren', sentiment: 0.12345, label: 'positive', themes: 'security_trust', entities: 'Huawei', n_words: 10 },
      { interview_id: 'a', speaker: 'Ren', sentiment: -0.5, label: 'negative', themes: '', entities: 'China;Huawei', n_words: 4 },
      { interview_id: 'a', speaker: 'Ren', sentiment: 0, label: 'neutral', themes: '', entities: '', n_words: 6 },
      { interview_id: 'a', speaker: 'Ren', sentiment: 0, label: 'neutral', themes: 'us_relations;security_trust', entities: '', n_words: 0 },
    ],
    want: [{
      interview_id: 'a', speaker: 'Ren', n_sentences: 4, n_words: 20, share_scored: 0.5, share_themed: 0.5, share_named: 0.5,
      // (0.1235 − 0.5 + 0 + 0) / 4: the score rounded before the mean, as sentiment_summary shows it.
      mean_sentiment: (0.1235 - 0.5) / 4, share_negative: 0.25, share_neutral: 0.5, share_positive: 0.25,
    }],
  },
  {
    name: 'two speakers in two interviews, in key order whatever the input order; -0 is not a score',
    given: [
      { interview_id: 'b', speaker: 'Zoe', sentiment: -0, label: 'neutral', themes: '', entities: '', n_words: 3 },
      { interview_id: 'a', speaker: 'Zoe', sentiment: 1, label: 'positive', themes: 'x', entities: '', n_words: 2 },
      { interview_id: 'a', speaker: 'Al', sentiment: -1, label: 'negative', themes: '', entities: 'US', n_words: 5 },
    ],
    want: [
      { interview_id: 'a', speaker: 'Al', n_sentences: 1, n_words: 5, share_scored: 1, share_themed: 0, share_named: 1, mean_sentiment: -1, share_negative: 1, share_neutral: 0, share_positive: 0 },
      { interview_id: 'a', speaker: 'Zoe', n_sentences: 1, n_words: 2, share_scored: 1, share_themed: 1, share_named: 0, mean_sentiment: 1, share_negative: 0, share_neutral: 0, share_positive: 1 },
      { interview_id: 'b', speaker: 'Zoe', n_sentences: 1, n_words: 3, share_scored: 0, share_themed: 0, share_named: 0, mean_sentiment: 0, share_negative: 0, share_neutral: 1, share_positive: 0 },
    ],
  },
  { name: 'no sentences: no rows', given: [], want: [] },
];

describe('sentenceTotals', () => {
  it.each(CASES)('$name', async ({ given, want }) => {
    const got = await sentenceTotals(sentencesOnly(given));
    expect(got).toHaveLength(want.length);
    got.forEach((row, i) => {
      for (const [k, v] of Object.entries(want[i])) {
        if (typeof v === 'number') expect(row[k as keyof typeof row], k).toBeCloseTo(v, 12);
        else expect(row[k as keyof typeof row], k).toBe(v);
      }
    });
  });
});

describe('the derived tables', () => {
  it('read the sentences through one group-by, not one per table', async () => {
    const ctx = contextOf(fixtureTables());
    calls.length = 0;
    const derived = await deriveTables(ctx);
    const n = ctx.tables.sentences.length;
    expect(calls.filter((c) => c.rows === n && c.keys === 'interview_id,speaker')).toHaveLength(1);
    // The three tables that read it still have a row per speaker and interview with sentences.
    const pairs = new Set(ctx.tables.sentences.map((s) => `${s.interview_id}|${s.speaker}`));
    for (const t of [derived.coverage, derived.sentiment_summary]) expect(t.rows).toHaveLength(pairs.size);
    expect(derived.theme_share.rows).toHaveLength(pairs.size * ctx.themes.length);
  });
});
