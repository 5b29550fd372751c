import { escapeHtml } from '../escape.js';

export interface SectionMeta {
  id: string;
  title: string;
}

/** The report's sections in order; the table of contents is built from this list. */
export const SECTIONS: readonly SectionMeta[] = [
  { id: 'overview', title: 'Corpus' },
  { id: 'themes', title: 'Themes' },
  { id: 'stance', title: 'Stance' },
  { id: 'changes', title: 'What changed' },
  { id: 'then-now', title: 'Then vs now' },
  { id: 'sentiment', title: 'Sentiment' },
  { id: 'entities', title: 'Entities' },
  { id: 'terms', title: 'Distinctive terms' },
  { id: 'speakers', title: 'Speakers' },
  { id: 'methods', title: 'Methods' },
];

export function section(id: string, lead: string, body: string): string {
  const meta = SECTIONS.find((s) => s.id === id);
  return `<section id="${escapeHtml(id)}">\n<h2>${escapeHtml(meta?.title ?? id)}</h2>\n<p class="lead">${lead}</p>\n${body}\n</section>`;
}

/** A table from already-escaped cells; `numeric` columns are right-aligned. */
export function dataTable(head: readonly string[], rows: readonly string[][], numeric: readonly number[] = []): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="data"><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Marks a number that rests on few sentences. */
export const fewMark = (few: boolean): string => (few ? ' <span class="few" title="fewer than 5 sentences">(few)</span>' : '');
