/**
 * The derived tables' rows are as small as their fields allow. A row literal that spreads an object
 * first (`{ ...axis, speaker, … }`) takes three to four times the bytes of the same fields written out
 * (see InterviewAxis in reports/tables/its.ts). Measured on the largest of them, theme_share: the heap
 * its table keeps, per row, over 22,400 rows.
 */
import { expect, it } from 'vitest';
import { DEFAULT_AGGREGATE } from '../../../analyzers/stance/rows.js';
import { buildContext, type ReportContext } from '../../../reports/context.js';
import { resolveOptions } from '../../../reports/options.js';
import { themeShare } from '../../../reports/tables/themes.js';
import type { Tables } from '../../../pipeline/types.js';
import { collectNow } from '../../../pipeline/memory.js';
import { FIXTURE_TARGETS, fixtureCopies } from '../fixture.js';

function heapUsed(): number {
  for (let i = 0; i < 3; i++) collectNow();
  return process.memoryUsage().heapUsed;
}

const contextOf = (t: Tables): ReportContext => buildContext(t, resolveOptions(t, FIXTURE_TARGETS, {}), DEFAULT_AGGREGATE);

/**
 * Twelve fields written out came to 145 and 146 bytes a row here (Node 20, three runs), the axis
 * spread into them to 533 and 535 (two runs).
 */
const MAX_BYTES_PER_ROW = 350;

it('theme_share keeps few bytes per row', async () => {
  // A first run loads danfojs, which then stays in the heap.
  await themeShare(contextOf(fixtureCopies(1)));
  const ctx = contextOf(fixtureCopies(400));
  const before = heapUsed();
  const table = await themeShare(ctx);
  const bytes = heapUsed() - before;
  // Read after the measure, so the table is live through it.
  const rows = table.rows.length;
  expect(rows).toBe(22_400);
  expect(bytes / rows).toBeLessThan(MAX_BYTES_PER_ROW);
});
