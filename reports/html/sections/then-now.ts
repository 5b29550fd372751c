/** "Then vs now": the most similar statements about a target from the earliest and latest interviews. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import type { ReportModel } from '../model.js';
import { evidence } from '../../tables/evidence.js';
import { filterAttr, quotes } from '../quote.js';
import { section } from './section.js';

export function thenNow(m: ReportModel, from: string): string {
  const { ctx } = m;
  const blocks = ctx.targets.map((target) => {
    const rows = m.tables.then_now.rows.filter((r) => r.target === target);
    if (!rows.length) return `<div${filterAttr({ targets: [target] })}><h3>${escapeHtml(target)}</h3><p class="muted">Not discussed in two different interviews in range.</p></div>`;
    const pairs = rows
      .map((r) => {
        const a = evidence(ctx, r.then_id);
        const b = evidence(ctx, r.now_id);
        return `<div class="pair"><div>${quotes(from, a ? [a] : [])}</div><div>${quotes(from, b ? [b] : [])}</div></div><p class="muted">similarity ${fmt.num(r.similarity)}</p>`;
      })
      .join('\n');
    return `<div${filterAttr({ targets: [target] })}><h3>${escapeHtml(target)}: ${escapeHtml(rows[0].then_interview)} vs ${escapeHtml(rows[0].now_interview)}</h3>${pairs}</div>`;
  });
  return section(
    'then-now',
    `For each target, ${escapeHtml(ctx.speaker)}’s statements about it in the earliest and the latest interview that have any, paired by similarity (cosine over word stems, themes and entities; each sentence used once).`,
    blocks.join('\n'),
  );
}
