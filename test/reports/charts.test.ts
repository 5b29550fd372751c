/** Every chart: valid against the Vega-Lite schema, compiles and renders without warnings, matches its golden spec. */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { CHARTS } from '../../reports/charts/index.js';
import { buildContext } from '../../reports/context.js';
import { resolveOptions } from '../../reports/options.js';
import { deriveTables, type DerivedTables } from '../../reports/tables/index.js';
import { renderSvg } from '../../reports/render/svg.js';
import { packageDir } from '../../reports/html/assets.js';
import { toJson } from '../../pipeline/output/json.js';
import { fixtureCopies, fixtureResult } from './fixture.js';
import { KEYNESS_PANELS } from '../../reports/charts/keyness.js';
import { INTERVIEW_COLUMNS, interviewGroups } from '../../reports/tables/groups.js';
import type { KeynessTopRow } from '../../reports/tables/keyness.js';
import { GOLDEN_DIR, produceChartGoldens } from './golden.js';

let validate: ValidateFunction;
let tables: DerivedTables;
let focus: { speaker: string; targets: string[] };

beforeAll(async () => {
  const schema = JSON.parse(fs.readFileSync(path.join(packageDir('vega-lite'), 'build', 'vega-lite-schema.json'), 'utf8'));
  validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  const result = fixtureResult();
  const ctx = buildContext(result.tables, resolveOptions(result.tables, result.targets, {}), result.aggregate);
  tables = await deriveTables(ctx);
  focus = { speaker: ctx.speaker, targets: ctx.targets };
});

describe('chart registry', () => {
  it('has the eight charts of the report, with unique names', () => {
    expect(CHARTS).toHaveLength(8);
    expect(new Set(CHARTS.map((c) => c.name)).size).toBe(CHARTS.length);
  });

  it('the schema validator rejects a broken spec (so the checks below can fail)', () => {
    expect(validate({ mark: 'no-such-mark', encoding: {} })).toBe(false);
    expect(validate({ data: { values: [] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } })).toBe(true);
  });
});

describe.each(CHARTS.map((c) => [c.name, c] as const))('chart %s', (name, chart) => {
  let spec: TopLevelSpec;
  beforeAll(() => {
    spec = chart.spec({ tables, focus });
  });

  it('validates against the Vega-Lite JSON schema', () => {
    const ok = validate(spec);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('compiles and renders to SVG with no warnings, drawing marks', async () => {
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/<path|<rect|<line/);
  });

  it('is a pure function of the tables (same input, same spec)', () => {
    expect(toJson(chart.spec({ tables, focus }))).toBe(toJson(spec));
  });

  it('draws only derived tables it declares, each with rows from the fixture (the tables of interview groups: none, at 3 interviews)', () => {
    expect(tables.timeline.rows.length).toBeLessThanOrEqual(INTERVIEW_COLUMNS);
    for (const t of chart.uses) {
      if (t.endsWith('_groups')) expect(tables[t].rows, t).toEqual([]);
      else expect(tables[t].rows.length, t).toBeGreaterThan(0);
    }
  });

  it('matches its golden spec', async () => {
    const golden = fs.readFileSync(path.join(GOLDEN_DIR, `${name}.vl.json`), 'utf8');
    const produced = (await produceChartGoldens()).get(`${name}.vl.json`);
    expect(produced).toBe(golden);
  });
});

describe('time axes', () => {
  it('render the same in any time zone (UTC scale)', async () => {
    const timeline = CHARTS.find((c) => c.name === 'interviews-timeline')!;
    const before = process.env.TZ;
    const a = (await renderSvg(timeline.spec({ tables, focus }))).svg;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const b = (await renderSvg(timeline.spec({ tables, focus }))).svg;
      expect(b).toBe(a);
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('inlined data', () => {
  it('keeps only the speakers the control offers when the focus lists them', () => {
    const rowsOf = (spec: unknown): Array<{ speaker?: string }> => {
      const found: Array<{ speaker?: string }> = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (o.data && typeof o.data === 'object' && Array.isArray((o.data as { values?: unknown }).values)) found.push(...((o.data as { values: Array<{ speaker?: string }> }).values));
          Object.values(o).forEach(walk);
        }
      };
      walk(spec);
      return found;
    };
    const themes = CHARTS.find((c) => c.name === 'themes')!;
    const all = rowsOf(themes.spec({ tables, focus }));
    expect(new Set(all.map((r) => r.speaker)).size).toBeGreaterThan(1);
    const one = rowsOf(themes.spec({ tables, focus: { ...focus, speakers: [focus.speaker] } }));
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((r) => r.speaker === focus.speaker)).toBe(true);
  });
});

describe('charts of many interviews', () => {
  const many = (n: number): KeynessTopRow[] =>
    Array.from({ length: n }, (_, order) =>
      [1, 2].map((rank) => ({
        interview_id: `iv-${order}`, interview: `Interview ${order}`, date: null, order,
        rank, term: `term${rank}`, count: 3, other_count: 1, g2: 10 - rank, log_ratio: 1,
      })),
    ).flat();
  const keyness = CHARTS.find((c) => c.name === 'keyness')!;
  const specOf = (n: number) => keyness.spec({ tables: { ...tables, keyness_top: { ...tables.keyness_top, rows: many(n) } }, focus });
  const panels = (spec: TopLevelSpec): string[] => [...new Set(((spec as { data: { values: KeynessTopRow[] } }).data.values).map((r) => r.interview))];

  it(`the keyness chart draws at most ${KEYNESS_PANELS} interviews, the first and the last among them, and says so`, async () => {
    const spec = specOf(100);
    expect(validate(spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const drawn = panels(spec);
    expect(drawn).toHaveLength(KEYNESS_PANELS);
    expect(drawn[0]).toBe('Interview 0');
    expect(drawn.at(-1)).toBe('Interview 99');
    expect(JSON.stringify(spec.title)).toContain(`${KEYNESS_PANELS} of 100 interviews`);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(svg).toContain('Interview 99');
    expect(svg).not.toContain('Interview 98<');
  });

  it('draws every interview, with no note, up to that many', () => {
    const spec = specOf(KEYNESS_PANELS);
    expect(panels(spec)).toHaveLength(KEYNESS_PANELS);
    expect(JSON.stringify(spec.title)).not.toContain('interviews with such terms');
  });
});

describe(`charts with a column per interview, past ${INTERVIEW_COLUMNS} interviews`, () => {
  type AxisRow = { interview_id: string; interview: string; order: number };
  /** The fixture's interviews `copies` times over, each copy later than the one before. */
  function copied(copies: number): DerivedTables {
    const n = tables.timeline.rows.length;
    const copy = <R extends AxisRow>(rows: readonly R[]): R[] =>
      Array.from({ length: copies }, (_, c) => rows.map((r) => ({ ...r, interview_id: `${r.interview_id}~${c}`, interview: `${r.interview} ~${c}`, order: r.order + c * n }))).flat();
    const t = (name: 'timeline' | 'theme_share' | 'entity_counts' | 'speaker_words' | 'prompted') => ({ ...tables[name], rows: copy(tables[name].rows as AxisRow[]) });
    return { ...tables, timeline: t('timeline'), theme_share: t('theme_share'), entity_counts: t('entity_counts'), speaker_words: t('speaker_words'), prompted: t('prompted') } as DerivedTables;
  }
  let many: DerivedTables; // 75 interviews: 25 groups of 3
  beforeAll(() => {
    many = copied(25);
  });
  const inlined = (spec: TopLevelSpec): Array<Record<string, unknown>> => {
    const found: Array<Record<string, unknown>> = [];
    const walk = (v: unknown, top: boolean): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, false));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const values = (o.data as { values?: unknown } | undefined)?.values;
        if (Array.isArray(values) && (top || 'mark' in o || 'layer' in o || 'vconcat' in o) && values.some((r) => 'interview' in (r as object))) found.push(...(values as Array<Record<string, unknown>>));
        for (const [k, x] of Object.entries(o)) if (k !== 'data') walk(x, false);
      }
    };
    walk(spec, true);
    return found;
  };
  const total = (rows: readonly object[], field: string) => rows.reduce((a: number, r) => a + Number((r as Record<string, unknown>)[field]), 0);
  const mine = <R extends { speaker: string }>(rows: readonly R[]) => rows.filter((r) => r.speaker === focus.speaker);

  // chart, the table whose per-interview rows it groups, the rows it draws of them, and a count that must add up.
  const cases = [
    ['themes', 'theme_share', (t: DerivedTables) => t.theme_share.rows, 'n_sentences'],
    ['prompted', 'prompted', (t: DerivedTables) => t.prompted.rows, 'n_answers'],
    ['entities', 'entity_counts', (t: DerivedTables) => t.entity_counts.rows.filter((r) => r.top), 'n_mentions'],
    ['speakers', 'speaker_words', (t: DerivedTables) => t.speaker_words.rows, 'n_words'],
  ] as const;

  it.each(cases)('%s: draws 25 groups of 3 consecutive interviews, counts summed, and says so', async (name, table, drawn, count) => {
    const chart = CHARTS.find((c) => c.name === name)!;
    const spec = chart.spec({ tables: many, focus });
    expect(validate(spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rows = inlined(spec);
    const columns = new Set(rows.map((r) => r.interview));
    expect(columns.size).toBe(25);
    expect([...columns][0]).toBe('#1 · 2019-11-06 to 2020-03-24');
    expect(rows.every((r) => r.n_interviews === 3)).toBe(true);
    expect(total(rows, count)).toBe(total(drawn(many), count));
    expect(JSON.stringify(spec.title)).toContain(`75 interviews drawn in 25 groups of up to 3 consecutive ones, counts summed; each interview in data/${table}.csv`);
    // Nor does the rest of the title call a column an interview.
    expect(JSON.stringify(spec.title).replace(/each interview in data\/\w+\.csv/, '')).not.toMatch(/(per|each) interview\b/);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(svg).toContain('#25 · 2019-11-06 to 2020-03-24');
    expect(svg).not.toContain('~24');
  });

  it('themes: a group\'s share is its theme sentences over its sentences, not a mean of the interviews\' shares', () => {
    const spec = CHARTS.find((c) => c.name === 'themes')!.spec({ tables: many, focus });
    const g = interviewGroups(many.timeline.rows, INTERVIEW_COLUMNS)!;
    let unlikeMean = 0;
    for (const r of inlined(spec)) {
      const parts = many.theme_share.rows.filter((p) => p.speaker === r.speaker && p.theme === r.theme && g.of.get(p.order)?.order === r.order);
      expect(parts.length).toBeGreaterThan(0);
      const n = total(parts, 'n_sentences');
      const of = total(parts, 'n_speaker_sentences');
      expect(r.share).toBeCloseTo(of === 0 ? 0 : n / of, 4);
      expect(r.few).toBe(of < 5);
      if (Math.abs(Number(r.share) - total(parts, 'share') / parts.length) > 0.01) unlikeMean++;
    }
    expect(unlikeMean).toBeGreaterThan(0);
  });

  it('speakers: a speaker\'s share is of the group\'s words', () => {
    const rows = inlined(CHARTS.find((c) => c.name === 'speakers')!.spec({ tables: many, focus }));
    const first = rows.filter((r) => r.order === 0);
    expect(total(first, 'share')).toBeCloseTo(1, 3);
    const me = mine(first as Array<{ speaker: string; n_words: number; share: number }>)[0];
    // The first group is the first three interviews: the fixture's once.
    const parts = many.speaker_words.rows.filter((r) => r.order < 3);
    expect(me.n_words).toBe(total(mine(parts), 'n_words'));
    expect(me.share).toBeCloseTo(total(mine(parts), 'n_words') / total(parts, 'n_words'), 4);
  });

  it(`draws each interview, with no note, up to ${INTERVIEW_COLUMNS}`, () => {
    const ten = copied(10); // 30 interviews
    for (const [name] of cases) {
      const spec = CHARTS.find((c) => c.name === name)!.spec({ tables: ten, focus });
      expect(new Set(inlined(spec).map((r) => r.interview)).size, name).toBe(30);
      expect(JSON.stringify(spec.title), name).not.toContain('groups of');
    }
  });
});

describe(`stance and sentiment charts past ${INTERVIEW_COLUMNS} interviews`, () => {
  let derived: DerivedTables;
  beforeAll(async () => {
    const result = fixtureResult(fixtureCopies(25)); // 75 interviews: 25 groups of 3
    derived = await deriveTables(buildContext(result.tables, resolveOptions(result.tables, result.targets, {}), result.aggregate));
  });

  it.each([
    ['stance', 'stance_points', 'stance_groups'],
    ['sentiment', 'sentiment_summary', 'sentiment_groups'],
  ] as const)('%s: draws the rows of %s\'s groups table, 25 columns, and says where each interview is', async (name, perInterview, grouped) => {
    const spec = CHARTS.find((c) => c.name === name)!.spec({ tables: derived, focus });
    expect(validate(spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const values = (spec as { data: { values: Array<Record<string, unknown>> } }).data.values;
    // The stance chart leaves out the quoted sentences' ids (its tooltip shows the quotes).
    const expected = derived[grouped].rows.map((r) => {
      const { quote_ids: _ids, ...rest } = r as typeof r & { quote_ids?: string };
      return name === 'stance' ? rest : r;
    });
    expect(values).toEqual(expected);
    expect(new Set(values.map((r) => r.interview)).size).toBe(25);
    expect(JSON.stringify(spec.title)).toContain(`75 interviews drawn in 25 groups of up to 3 consecutive ones, each group's figures in data/${grouped}.csv; each interview in data/${perInterview}.csv`);
    expect(JSON.stringify(spec.title).replace(/each interview in data\/\w+\.csv/, '')).not.toMatch(/(per|each) interview\b/);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(svg).toContain('#25 · 2043-11-06 to 2044-03-24');
    expect(svg).not.toContain('~24');
  });
});
