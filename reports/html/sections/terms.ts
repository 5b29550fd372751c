/** Distinctive terms per interview, each with keyword-in-context lines linked to their turns. */
import { escapeHtml, localHref } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { pageOf, rowsOf } from '../../context.js';
import type { KeynessTopRow } from '../../tables/keyness.js';
import { turnAnchor } from '../../tables/evidence.js';
import { section } from './section.js';

const TERMS_WITH_CONTEXT = 5;
const LINES = 2;
const SPAN = 60;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `term` starts a word in `text`, case-insensitively; -1 when it does not. */
export function findTerm(text: string, term: string): number {
  const lower = text.toLowerCase();
  // Lower-casing can change lengths for a few characters; offsets are only valid when it does not.
  if (lower.length !== text.length || !term) return -1;
  const t = term.toLowerCase();
  for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
    if (i === 0 || !WORD_CHAR.test(lower[i - 1])) return i;
  }
  return -1;
}

export function kwicLine(text: string, at: number, length: number): string {
  const left = text.slice(Math.max(0, at - SPAN), at);
  const end = text.slice(at).search(/[^\p{L}\p{N}'’-]/u);
  const hit = end < 0 ? text.slice(at) : text.slice(at, at + Math.max(end, length));
  const right = text.slice(at + hit.length, at + hit.length + SPAN);
  return `${at > SPAN ? '…' : ''}${escapeHtml(left)}<mark>${escapeHtml(hit)}</mark>${escapeHtml(right)}${at + hit.length + SPAN < text.length ? '…' : ''}`;
}

export function terms(m: ReportModel, from: string): string {
  const { ctx } = m;
  const topOf = new Map<string, KeynessTopRow[]>();
  for (const r of m.tables.keyness_top.rows) {
    const list = topOf.get(r.interview_id);
    if (list) list.push(r);
    else topOf.set(r.interview_id, [r]);
  }
  const blocks = ctx.interviews.map((iv) => {
    const top = (topOf.get(iv.id) ?? []).slice(0, TERMS_WITH_CONTEXT);
    if (!top.length) return '';
    const sentences = rowsOf(ctx, iv.id).sentences;
    const items = top.map((k) => {
      const lines: string[] = [];
      for (const s of sentences) {
        if (lines.length >= LINES) break;
        const at = findTerm(s.text, k.term);
        if (at < 0) continue;
        const href = localHref(from, pageOf(iv, s.turn_index), turnAnchor(s.turn_index));
        lines.push(`<div class="kwic">${kwicLine(s.text, at, k.term.length)} <a href="${escapeHtml(href)}">${escapeHtml(s.speaker)}, turn ${s.turn_index + 1}</a></div>`);
      }
      return `<li><strong>${escapeHtml(k.term)}</strong> <span class="muted">${fmt.int(k.count)}× here, ${fmt.int(k.other_count)}× elsewhere, G² ${fmt.num(k.g2, 1)}</span>${lines.join('') || '<div class="muted">(term is a lemma; no literal match)</div>'}</li>`;
    });
    return `<h3>${escapeHtml(iv.label)}</h3><ul>${items.join('\n')}</ul>`;
  });
  return section(
    'terms',
    'Terms over-represented in each interview against all the others (log-likelihood G², all speakers), with keyword-in-context lines.',
    chartBlock(m, 'keyness') + blocks.join('\n'),
  );
}
