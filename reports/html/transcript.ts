/** One interview's transcript: every turn with its anchor, speaker, role and source line. No scripts. */
import { rowsOf, type ReportContext, type InterviewInfo } from '../context.js';
import { escapeHtml, localHref } from './escape.js';
import { page } from './page.js';
import { turnAnchor } from '../tables/evidence.js';
import { REPORT_FILE } from './files.js';

export function renderTranscript(ctx: ReportContext, iv: InterviewInfo): string {
  const from = iv.page;
  const turns = [...rowsOf(ctx, iv.id).turns].sort((a, b) => a.turn_index - b.turn_index);
  const articles = turns.map((t) => {
    const id = turnAnchor(t.turn_index);
    const answers = t.answers_turn === null ? '' : ` · answers <a href="#${turnAnchor(t.answers_turn)}">turn ${t.answers_turn + 1}</a>`;
    return `<article id="${id}" class="turn"><div><a href="#${id}">${t.turn_index + 1}</a> <span class="who">${escapeHtml(t.speaker)}</span> <span class="meta">${escapeHtml(t.role)}${t.affiliation ? `, ${escapeHtml(t.affiliation)}` : ''} · ${escapeHtml(t.source_file)}:${t.source_line}${answers}</span></div><p>${escapeHtml(t.text)}</p></article>`;
  });
  const meta = [iv.date ?? 'undated', iv.place, iv.outlets, iv.kind].filter(Boolean).map((x) => escapeHtml(x)).join(' · ');
  const body = `<header class="top"><h1>${escapeHtml(iv.title || iv.id)}</h1><p>${meta}</p><p><a href="${escapeHtml(localHref(from, REPORT_FILE))}">← report</a></p></header>
<main class="transcript">
${articles.join('\n')}
</main>`;
  return page({ title: `${iv.title || iv.id} — transcript`, body });
}
