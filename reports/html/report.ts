/** report.html: the sections in order, the controls, and the inlined chart libraries. */
import { escapeHtml } from './escape.js';
import { fmt } from './format.js';
import { pagePieces, type BodyPiece } from './page.js';
import { browserAssets } from './assets.js';
import { CLIENT_SCRIPT } from './client.js';
import { controls } from './controls.js';
import type { ReportModel } from './model.js';
import { SECTIONS } from './sections/section.js';
import { overview } from './sections/overview.js';
import { themes } from './sections/themes.js';
import { stance } from './sections/stance.js';
import { changes } from './sections/changes.js';
import { thenNow } from './sections/then-now.js';
import { sentiment } from './sections/sentiment.js';
import { entities } from './sections/entities.js';
import { terms } from './sections/terms.js';
import { speakers } from './sections/speakers.js';
import { methods } from './sections/methods.js';

import { REPORT_FILE } from './files.js';

/**
 * report.html in pieces (see pagePieces): at 100× the sample it is over 30 MB, and its largest
 * section alone 16 MB. Each section is rendered as the writer reaches it, `between` run after each.
 */
export function renderReport(m: ReportModel, compareFile: string | null, between?: () => void): Iterable<string> {
  const from = REPORT_FILE;
  const { ctx } = m;
  const dates = ctx.interviews.flatMap((iv) => (iv.date ? [iv.date] : []));
  const span = dates.length ? `${dates[0]} to ${dates[dates.length - 1]}` : 'undated';
  const header = `<header class="top"><h1>${escapeHtml(ctx.speaker)}: what was said, and how it shifted</h1>
<p>${fmt.int(ctx.interviews.length)} interviews, ${escapeHtml(span)} · stance targets: ${ctx.targets.map((t) => escapeHtml(t)).join(', ') || 'none'}${compareFile ? ` · <a href="${escapeHtml(compareFile)}">side-by-side comparison</a>` : ''}</p></header>`;
  const toc = `<nav class="toc">${SECTIONS.map((s) => `<a href="#${s.id}">${escapeHtml(s.title)}</a>`).join('')}${controls(ctx)}</nav>`;
  const body: BodyPiece[] = [
    header,
    toc,
    '<main>',
    () => overview(m, from),
    () => themes(m, from),
    () => stance(m, from),
    () => changes(m, from),
    () => thenNow(m, from),
    () => sentiment(m, from),
    () => entities(m, from),
    () => terms(m, from),
    () => speakers(m),
    () => methods(m),
    '</main>',
  ];
  const a = browserAssets();
  return pagePieces({ title: `turnlens: ${ctx.speaker}`, body, scripts: [a.vega, a.vegaLite, a.vegaEmbed, a.interpreter, CLIENT_SCRIPT] }, between);
}
