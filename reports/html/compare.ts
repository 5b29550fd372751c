/** compare.html: two interviews side by side, with the shifts between them and their evidence. */
import type { ReportContext } from '../context.js';
import type { DerivedTables } from '../tables/index.js';
import { shiftIndex, shiftsBetween } from '../tables/shifts.js';
import { escapeHtml, localHref } from './escape.js';
import { fmt } from './format.js';
import { page } from './page.js';
import { COMPARE_FILE, REPORT_FILE } from './files.js';
import { shiftCard } from './sections/changes.js';
import { dataTable, fewMark } from './sections/section.js';

const THEMES_SHOWN = 12;

export function renderCompare(ctx: ReportContext, tables: DerivedTables, a: string, b: string): string {
  const from = COMPARE_FILE;
  const ia = ctx.interview.get(a);
  const ib = ctx.interview.get(b);
  if (!ia || !ib) throw new Error(`turnlens: internal error: compare ids not in the report context`);
  const sides = [ia, ib];
  const who = ctx.speaker;
  const timeline = (id: string) => tables.timeline.rows.find((r) => r.interview_id === id);
  const senti = (id: string) => tables.sentiment_summary.rows.find((r) => r.interview_id === id && r.speaker === who);
  const overview = dataTable(
    ['', ...sides.map((s) => s.label)],
    [
      ['Title', ...sides.map((s) => `<a href="${escapeHtml(localHref(from, s.page))}">${escapeHtml(s.title || s.id)}</a>`)],
      ['Date', ...sides.map((s) => escapeHtml(s.date ?? 'undated'))],
      ['Outlet', ...sides.map((s) => escapeHtml(s.outlets))],
      ['Words', ...sides.map((s) => fmt.int(timeline(s.id)?.n_words ?? 0))],
      [`Share by ${escapeHtml(who)}`, ...sides.map((s) => fmt.pct(timeline(s.id)?.speaker_share ?? 0))],
      ['Sentences', ...sides.map((s) => fmt.int(senti(s.id)?.n_sentences ?? 0) + fewMark(senti(s.id)?.few ?? false))],
      ['Mean sentiment', ...sides.map((s) => fmt.signed(senti(s.id)?.mean ?? Number.NaN))],
      ['Negative / positive', ...sides.map((s) => `${fmt.pct(senti(s.id)?.share_negative ?? Number.NaN)} / ${fmt.pct(senti(s.id)?.share_positive ?? Number.NaN)}`)],
    ],
  );
  const shares = (id: string) => new Map(tables.theme_share.rows.filter((r) => r.interview_id === id && r.speaker === who).map((r) => [r.theme, r.share]));
  const sa = shares(a);
  const sb = shares(b);
  const themeRows = [...new Set([...sa.keys(), ...sb.keys()])]
    .map((t) => ({ t, x: sa.get(t) ?? 0, y: sb.get(t) ?? 0 }))
    .filter((r) => r.x > 0 || r.y > 0)
    .sort((p, q) => Math.abs(q.y - q.x) - Math.abs(p.y - p.x) || (p.t < q.t ? -1 : 1))
    .slice(0, THEMES_SHOWN)
    .map((r) => [escapeHtml(r.t), fmt.pct(r.x, 1), fmt.pct(r.y, 1), fmt.pp(r.y - r.x)]);
  const stanceRows = ctx.targets.map((t) => {
    const cell = (id: string) => {
      const p = tables.stance_points.rows.find((r) => r.interview_id === id && r.speaker === who && r.target === t);
      return p ? `${fmt.signed(p.score)} (${fmt.signed(p.ci_low)} … ${fmt.signed(p.ci_high)}), n=${fmt.int(p.n_sentences)}${fewMark(p.few)}` : '<span class="muted">not discussed</span>';
    };
    return [escapeHtml(t), cell(a), cell(b)];
  });
  const termList = (id: string) =>
    tables.keyness_top.rows.filter((r) => r.interview_id === id).map((r) => `${escapeHtml(r.term)} <span class="muted">(${fmt.int(r.count)})</span>`).join(', ') || '<span class="muted">none</span>';
  const entityList = (id: string) =>
    tables.entity_counts.rows
      .filter((r) => r.interview_id === id && r.speaker === who)
      .sort((p, q) => q.n_mentions - p.n_mentions || p.rank - q.rank)
      .slice(0, 10)
      .map((r) => `${escapeHtml(r.entity)} <span class="muted">(${fmt.int(r.n_mentions)})</span>`)
      .join(', ') || '<span class="muted">none</span>';
  const shifts = shiftsBetween(ctx, a, b, shiftIndex(who, tables.theme_share.rows, tables.stance_points.rows), 5);
  const body = `<header class="top"><h1>${escapeHtml(ia.label)} vs ${escapeHtml(ib.label)}</h1><p>${escapeHtml(who)}, side by side · <a href="${escapeHtml(localHref(from, REPORT_FILE))}">← report</a></p></header>
<main>
<section><h2>At a glance</h2>${overview}</section>
<section><h2>Stance</h2>${dataTable(['Target', ia.label, ib.label], stanceRows)}</section>
<section><h2>Themes with the largest change</h2>${dataTable(['Theme', ia.label, ib.label, 'Change'], themeRows, [1, 2, 3])}</section>
<section><h2>What changed, with the sentences</h2><div class="cards">${shifts.map((s) => shiftCard(ctx, from, s)).join('\n') || '<p class="muted">No change measured.</p>'}</div></section>
<section><h2>Distinctive terms</h2><div class="side"><div><h3>${escapeHtml(ia.label)}</h3><p>${termList(a)}</p></div><div><h3>${escapeHtml(ib.label)}</h3><p>${termList(b)}</p></div></div></section>
<section><h2>Entities named by ${escapeHtml(who)}</h2><div class="side"><div><h3>${escapeHtml(ia.label)}</h3><p>${entityList(a)}</p></div><div><h3>${escapeHtml(ib.label)}</h3><p>${entityList(b)}</p></div></div></section>
</main>`;
  return page({ title: `turnlens: ${ia.label} vs ${ib.label}`, body });
}
