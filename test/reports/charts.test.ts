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
import { fixtureResult } from './fixture.js';
import { KEYNESS_PANELS } from '../../reports/charts/keyness.js';
import type { KeynessTopRow } from '../../reports/tables/keyness.js';
import { GOLDEN_DIR, produceChartGoldens } from './golden.js';

let validate: ValidateFunction;
let tables: DerivedTables;
let focus: { speaker: string; targets: string[] };

beforeAll(async () => {
  const schema = JSON.parse(fs.readFileSync(path.join(packageDir('vega-lite'), 'build', 'vega-lite-schema.json'), 'utf8'));
  validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  const result = fixtureResult();
  const ctx = buildContext(result.tables, resolveOptions(result.tables, result.targets, {}));
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

  it('draws only derived tables it declares, each with rows from the fixture', () => {
    for (const t of chart.uses) expect(tables[t].rows.length, t).toBeGreaterThan(0);
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
