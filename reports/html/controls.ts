/** The filter controls: speaker (charts), theme and target (charts and quote lists). */
import { ALL } from '../charts/common.js';
import type { ReportContext } from '../context.js';
import { escapeHtml } from './escape.js';

function select(id: string, label: string, values: readonly string[], selected: string, withAll: boolean): string {
  const options = [...(withAll ? [ALL] : []), ...values]
    .map((v) => `<option value="${escapeHtml(v)}"${v === selected ? ' selected' : ''}>${escapeHtml(v === ALL ? 'all' : v)}</option>`)
    .join('');
  return `<label>${escapeHtml(label)} <select id="${id}">${options}</select></label>`;
}

export function controls(ctx: ReportContext): string {
  return `<div class="controls">${select('filter-speaker', 'Speaker', ctx.chartSpeakers, ctx.speaker, false)}${select('filter-theme', 'Theme', ctx.themes, ALL, true)}${select('filter-target', 'Target', ctx.targets, ALL, true)}</div>`;
}
