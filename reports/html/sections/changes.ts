/** "What changed" between consecutive interviews: the largest shifts, each with the sentences on both sides. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import type { ReportModel } from '../model.js';
import type { ReportContext } from '../../context.js';
import type { ShiftRow } from '../../tables/shifts.js';
import { evidenceList } from '../../tables/evidence.js';
import { splitList } from '../../context.js';
import { filterAttr, quotes } from '../quote.js';
import { section } from './section.js';

export function shiftCard(ctx: ReportContext, from: string, s: ShiftRow): string {
  const value = s.kind === 'theme' ? fmt.pct : (x: number) => fmt.signed(x);
  const delta = s.kind === 'theme' ? fmt.pp(s.delta) : fmt.signed(s.delta);
  const cls = s.delta > 0 ? 'delta-up' : s.delta < 0 ? 'delta-down' : '';
  const what = s.kind === 'theme' ? `theme share: ${escapeHtml(s.key)}` : `stance toward ${escapeHtml(s.key)}`;
  const filter = s.kind === 'theme' ? { themes: [s.key] } : { targets: [s.key] };
  return `<div class="card"${filterAttr(filter)}><h4>${what}: ${value(s.from_value)} → ${value(s.to_value)} <span class="${cls}">(${delta})</span>${s.few ? ' <span class="few">(few sentences)</span>' : ''}</h4>
<div class="pair"><div><div class="muted">${escapeHtml(s.from_interview)} · n=${fmt.int(s.from_n)}</div>${quotes(from, evidenceList(ctx, splitList(s.evidence_from), 2))}</div>
<div><div class="muted">${escapeHtml(s.to_interview)} · n=${fmt.int(s.to_n)}</div>${quotes(from, evidenceList(ctx, splitList(s.evidence_to), 2))}</div></div></div>`;
}

export function changes(m: ReportModel, from: string): string {
  const { ctx } = m;
  const pairs = new Map<string, ShiftRow[]>();
  for (const s of m.tables.shifts.rows) {
    const k = JSON.stringify([s.from_id, s.to_id]);
    const list = pairs.get(k);
    if (list) list.push(s);
    else pairs.set(k, [s]);
  }
  const blocks = [...pairs.values()].map((rows) => `<h3>${escapeHtml(rows[0].from_interview)} → ${escapeHtml(rows[0].to_interview)}</h3><div class="cards">${rows.map((s) => shiftCard(ctx, from, s)).join('\n')}</div>`);
  return section(
    'changes',
    `Between each interview and the next one in which ${escapeHtml(ctx.speaker)} speaks: the change in stance toward each target and the three largest changes in theme share, with the sentences on each side.`,
    blocks.join('\n') || '<p class="muted">Fewer than two interviews with this speaker in range.</p>',
  );
}
