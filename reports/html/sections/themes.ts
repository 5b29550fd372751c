/** Themes over time, prompted versus volunteered, and sentences behind each theme. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { evidence, type Evidence } from '../../tables/evidence.js';
import { its } from '../../tables/its.js';
import { quotes } from '../quote.js';
import { rowsOf } from '../../context.js';
import type { ThemeShareRow } from '../../tables/themes.js';
import { section } from './section.js';

const PER_THEME = 2;

export function themes(m: ReportModel, from: string): string {
  const { ctx } = m;
  const mine = m.tables.theme_share.rows.filter((r) => r.speaker === ctx.speaker && r.n_sentences > 0);
  const themeIds = [...new Set(mine.map((r) => r.theme))].sort();
  const byTheme = new Map<string, ThemeShareRow[]>();
  for (const r of mine) {
    const list = byTheme.get(r.theme);
    if (list) list.push(r);
    else byTheme.set(r.theme, [r]);
  }
  const blocks = themeIds.map((theme) => {
    const own = byTheme.get(theme) ?? [];
    // Evidence from the interview where the theme took the largest share.
    const peak = [...own].sort((a, b) => b.share - a.share || a.order - b.order)[0];
    const list: Evidence[] = [];
    for (const s of rowsOf(ctx, peak.interview_id).sentences) {
      if (list.length >= PER_THEME) break;
      if (s.speaker !== ctx.speaker || !its.themes(s).includes(theme)) continue;
      const e = evidence(ctx, its.sentenceId(s));
      if (e) list.push(e);
    }
    const total = own.reduce((a, r) => a + r.n_sentences, 0);
    return `<div data-filter="${escapeHtml(JSON.stringify({ themes: [theme] }))}"><h3>${escapeHtml(theme)} <span class="muted">— ${fmt.int(total)} sentences; peak ${fmt.pct(peak.share, 1)} in ${escapeHtml(peak.interview)}</span></h3>${quotes(from, list)}</div>`;
  });
  return section(
    'themes',
    `Share of ${escapeHtml(ctx.speaker)}’s sentences carrying each theme (a sentence can carry several). Lines show the five leading themes, or the theme chosen above.`,
    chartBlock(m, 'themes') +
      '<h3>Prompted or volunteered</h3><p class="muted">An answer’s theme is <em>prompted</em> when the question it answers carries the theme too, <em>volunteered</em> when only the answer does; <em>not taken up</em> counts questions whose theme the answer did not carry.</p>' +
      chartBlock(m, 'prompted') +
      `<h3>Sentences behind each theme</h3>${blocks.join('\n') || '<p class="muted">No theme was found in this speaker’s sentences.</p>'}`,
  );
}
