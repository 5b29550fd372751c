/**
 * One interview's transcript: every turn with its anchor, speaker, role and source line. No scripts.
 * A long interview is split into parts (see TURNS_PER_PART in context.ts), each page linking to the
 * previous and the next part and the first page listing them all, so no single page grows with the
 * corpus and every turn is still shown.
 */
import { partOf, rowsOf, type InterviewInfo, type ReportContext } from '../context.js';
import type { TurnRow } from '../../pipeline/types.js';
import { escapeHtml, localHref } from './escape.js';
import { fmt } from './format.js';
import { page } from './page.js';
import { turnAnchor } from '../tables/evidence.js';
import { REPORT_FILE } from './files.js';

function article(iv: InterviewInfo, from: string, t: TurnRow): string {
  const id = turnAnchor(t.turn_index);
  let answers = '';
  if (t.answers_turn !== null) {
    const target = partOf(iv, t.answers_turn).file;
    const href = target === from ? `#${turnAnchor(t.answers_turn)}` : localHref(from, target, turnAnchor(t.answers_turn));
    answers = ` · answers <a href="${escapeHtml(href)}">turn ${t.answers_turn + 1}</a>`;
  }
  return `<article id="${id}" class="turn"><div><a href="#${id}">${t.turn_index + 1}</a> <span class="who">${escapeHtml(t.speaker)}</span> <span class="meta">${escapeHtml(t.role)}${t.affiliation ? `, ${escapeHtml(t.affiliation)}` : ''} · ${escapeHtml(t.source_file)}:${t.source_line}${answers}</span></div><p>${escapeHtml(t.text)}</p></article>`;
}

/** Links between the parts of a split transcript; empty for a transcript of one part. */
function partsNav(iv: InterviewInfo, at: number, turns: readonly TurnRow[]): string {
  const { parts } = iv;
  if (parts.length < 2) return '';
  const from = parts[at].file;
  const link = (i: number, text: string) => `<a href="${escapeHtml(localHref(from, parts[i].file))}">${text}</a>`;
  const shown = turns.length ? `turns ${fmt.int(turns[0].turn_index + 1)}–${fmt.int(turns[turns.length - 1].turn_index + 1)}` : 'no turns';
  const steps = [at > 0 ? link(at - 1, '← previous part') : '', at < parts.length - 1 ? link(at + 1, 'next part →') : ''].filter(Boolean).join(' · ');
  const index = at === 0 ? `<p>Parts: ${parts.map((p, i) => link(i, `${i + 1}`)).join(' ')}</p>` : '';
  return `<nav class="parts"><p>Part ${at + 1} of ${parts.length} (${shown}) · ${steps}</p>${index}</nav>`;
}

/** The transcript's pages as [file, html], one part at a time (a caller may store each before the next is built). */
export function* renderTranscript(ctx: ReportContext, iv: InterviewInfo): Generator<[string, string]> {
  const turns = rowsOf(ctx, iv.id).turns;
  const meta = [iv.date ?? 'undated', iv.place, iv.outlets, iv.kind].filter(Boolean).map((x) => escapeHtml(x)).join(' · ');
  let next = 0;
  for (let at = 0; at < iv.parts.length; at++) {
    const from = iv.parts[at].file;
    const end = iv.parts[at + 1]?.firstTurn ?? Number.POSITIVE_INFINITY;
    const mine: TurnRow[] = [];
    while (next < turns.length && turns[next].turn_index < end) mine.push(turns[next++]);
    const nav = partsNav(iv, at, mine);
    const body = `<header class="top"><h1>${escapeHtml(iv.title || iv.id)}</h1><p>${meta}</p><p><a href="${escapeHtml(localHref(from, REPORT_FILE))}">← report</a></p>${nav}</header>
<main class="transcript">
${mine.map((t) => article(iv, from, t)).join('\n')}
</main>${nav ? `\n<footer>${nav}</footer>` : ''}`;
    yield [from, page({ title: `${iv.title || iv.id} — transcript${iv.parts.length > 1 ? ` (part ${at + 1} of ${iv.parts.length})` : ''}`, body })];
  }
}
