/** A quote with who said it, where and when, linked to its turn in the transcript. */
import type { Evidence } from '../tables/evidence.js';
import { escapeHtml, localHref } from './escape.js';

export interface QuoteFilter {
  themes?: string[];
  targets?: string[];
}

/** The `data-filter` attribute the report's controls read. */
export function filterAttr(filter: QuoteFilter | undefined): string {
  return filter ? ` data-filter="${escapeHtml(JSON.stringify(filter))}"` : '';
}

export function cite(from: string, e: Evidence): string {
  const href = localHref(from, e.page, e.anchor);
  return `<span class="cite">${escapeHtml(e.speaker)} · ${escapeHtml(e.interview)}${e.date ? '' : ' (undated)'} · <a href="${escapeHtml(href)}">turn ${e.turnIndex + 1}</a></span>`;
}

export function quote(from: string, e: Evidence, filter?: QuoteFilter, note = ''): string {
  return `<li class="quote"${filterAttr(filter)}><blockquote>${escapeHtml(e.text)}</blockquote>${cite(from, e)}${note ? ` <span class="muted">${note}</span>` : ''}</li>`;
}

export function quotes(from: string, list: readonly Evidence[], filter?: QuoteFilter): string {
  return list.length ? `<ul class="quotes">${list.map((e) => quote(from, e, filter)).join('')}</ul>` : '<p class="muted">No sentences.</p>';
}
