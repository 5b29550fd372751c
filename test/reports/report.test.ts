/** buildReport end to end on the fixture: the files, their links, determinism and self-containment. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/index.js';
import { CHARTS } from '../../reports/charts/index.js';
import { TurnlensError } from '../../pipeline/messages.js';
import { fixtureResult } from './fixture.js';

const COMPARE: [string, string] = ['2019-11-06-coffee-with-ren', '2020-03-24-scmp'];
let files: Map<string, string | Uint8Array>;
const text = (name: string): string => {
  const v = files.get(name);
  if (v === undefined) throw new Error(`missing ${name}`);
  return typeof v === 'string' ? v : new TextDecoder().decode(v);
};

beforeAll(async () => {
  files = await buildReport(fixtureResult(), { compare: COMPARE });
});

describe('buildReport', () => {
  it('writes the report, one spec and one SVG per chart, data for every table a chart uses, transcripts and the comparison', () => {
    expect(files.has('report.html')).toBe(true);
    expect(files.has('compare.html')).toBe(true);
    for (const c of CHARTS) {
      expect(JSON.parse(text(`charts/${c.name}.vl.json`)).$schema).toContain('vega-lite/v6');
      expect(text(`charts/${c.name}.svg`).startsWith('<svg')).toBe(true);
      for (const t of c.uses) {
        expect(text(`data/${t}.csv`).split('\n')[0].split(',').length).toBeGreaterThan(3);
        expect(Array.isArray(JSON.parse(text(`data/${t}.json`)))).toBe(true);
      }
    }
    for (const id of fixtureResult().tables.interviews.map((i) => i.interview_id)) expect(files.has(`transcripts/${id}.html`)).toBe(true);
  });

  it('embeds each chart with its data inline, equal to the written spec', () => {
    const html = text('report.html');
    for (const c of CHARTS) {
      const m = new RegExp(`<script type="application/json" id="spec-${c.name}">([^<]*)</script>`).exec(html);
      expect(m, c.name).not.toBeNull();
      expect(JSON.parse(m![1])).toEqual(JSON.parse(text(`charts/${c.name}.vl.json`)));
    }
  });

  it('is byte-identical when built twice', async () => {
    const again = await buildReport(fixtureResult(), { compare: COMPARE });
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [k, v] of files) expect(again.get(k), k).toEqual(v);
  });

  it('links every quote to an existing turn anchor of an existing transcript', () => {
    for (const page of ['report.html', 'compare.html']) {
      const links = [...text(page).matchAll(/href="(transcripts\/[^"#]+)#([^"]+)"/g)];
      expect(links.length, page).toBeGreaterThan(10);
      for (const [, file, anchor] of links) expect(text(file), `${file}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('requests nothing from the network and emits no javascript: URL', () => {
    for (const name of files.keys()) {
      if (!name.endsWith('.html')) continue;
      const html = text(name);
      expect(html).toContain('content="default-src &#39;none&#39;;');
      expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:|\/\/|javascript:)/i);
      expect(html).not.toMatch(/<link\b/i);
    }
  });

  it('inlines vega, vega-lite, vega-embed and the expression interpreter', () => {
    const html = text('report.html');
    expect(html).toContain('vega.expressionInterpreter = expression');
    expect(html.match(/<script>/g)?.length).toBe(5);
  });

  it('restricts the report to --from/--to but keeps every transcript', async () => {
    const narrow = await buildReport(fixtureResult(), { from: '2019-12-01', to: '2019-12-31' });
    const timeline = JSON.parse(String(narrow.get('data/timeline.json')));
    expect(timeline.map((r: { interview_id: string }) => r.interview_id)).toEqual(['2019-12-02-globe-and-mail']);
    expect([...narrow.keys()].filter((k) => k.startsWith('transcripts/'))).toHaveLength(3);
  });

  it('fails with a usage error on an unknown speaker', async () => {
    await expect(buildReport(fixtureResult(), { speaker: 'Nobody' })).rejects.toBeInstanceOf(TurnlensError);
  });

  it('follows another speaker when asked', async () => {
    const other = await buildReport(fixtureResult(), { speaker: 'Nathan VanderKlippe' });
    expect(String(other.get('report.html'))).toContain('<h1>Nathan VanderKlippe: what was said');
  });
});
