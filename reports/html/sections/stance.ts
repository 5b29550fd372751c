/** Stance toward each target per interview, every point with its sentences. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { evidenceList } from '../../tables/evidence.js';
import { its } from '../../tables/its.js';
import { filterAttr, quotes } from '../quote.js';
import { dataTable, fewMark, section } from './section.js';

const PER_POINT = 2;

export function stance(m: ReportModel, from: string): string {
  const { ctx } = m;
  const points = m.tables.stance_points.rows.filter((r) => r.speaker === ctx.speaker);
  const blocks = ctx.targets.map((target) => {
    const rows = points.filter((p) => p.target === target);
    if (!rows.length) return `<div${filterAttr({ targets: [target] })}><h3>${escapeHtml(target)}</h3><p class="muted">No sentences about this target.</p></div>`;
    const table = dataTable(
      ['Interview', 'Score', '95% interval', 'Sentences', 'Label'],
      rows.map((r) => [
        escapeHtml(r.interview),
        fmt.signed(r.score),
        `${fmt.signed(r.ci_low)} … ${fmt.signed(r.ci_high)}`,
        fmt.int(r.n_sentences) + fewMark(r.few),
        escapeHtml(r.label),
      ]),
      [1, 3],
    );
    const evidence = rows
      .map((r) => `<h4>${escapeHtml(r.interview)} <span class="muted">${fmt.signed(r.score)}, n=${fmt.int(r.n_sentences)}</span></h4>${quotes(from, evidenceList(ctx, its.evidence(r), PER_POINT))}`)
      .join('\n');
    return `<div${filterAttr({ targets: [target] })}><h3>${escapeHtml(target)}</h3>${table}<details><summary>Strongest sentences behind each point</summary>${evidence}</details></div>`;
  });
  return section(
    'stance',
    `Where ${escapeHtml(ctx.speaker)}’s statements about each target lean, from −1 (against) to +1 (for), per interview. The interval is a 95% bootstrap over the sentences about the target; points resting on fewer than 5 sentences are faint and marked “few”.`,
    chartBlock(m, 'stance') + blocks.join('\n'),
  );
}
