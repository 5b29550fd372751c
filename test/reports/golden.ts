/**
 * Golden chart specs: every chart of the registry applied to the hand-made Tables fixture, saved as
 * test/golden/charts/NAME.vl.json. Update with `npx tsx test/reports/golden.ts` (or the project's
 * golden update script) and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJson } from '../../pipeline/output/json.js';
import { resolveOptions } from '../../reports/options.js';
import { buildContext } from '../../reports/context.js';
import { deriveTables } from '../../reports/tables/index.js';
import { CHARTS } from '../../reports/charts/index.js';
import { fixtureResult } from './fixture.js';

export const GOLDEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'charts');

/** File name → content for every golden chart spec. */
export async function produceChartGoldens(): Promise<Map<string, string>> {
  const result = fixtureResult();
  const ctx = buildContext(result.tables, resolveOptions(result.tables, result.targets, {}), result.aggregate);
  const tables = await deriveTables(ctx);
  const out = new Map<string, string>();
  for (const chart of CHARTS) out.set(`${chart.name}.vl.json`, toJson(chart.spec({ tables, focus: { speaker: ctx.speaker, targets: ctx.targets } })));
  return out;
}

export async function writeChartGoldens(dir = GOLDEN_DIR): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files = await produceChartGoldens();
  for (const [name, content] of files) fs.writeFileSync(path.join(dir, name), content);
  return [...files.keys()].map((n) => path.join(dir, n));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of await writeChartGoldens()) console.log(`wrote ${path.relative(process.cwd(), f)}`);
}
