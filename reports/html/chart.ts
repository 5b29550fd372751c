/** A chart block: the static SVG (no script, print) and the spec the script embeds interactively. */
import { escapeHtml, jsonForScript } from './escape.js';
import type { ReportModel } from './model.js';

export function chartBlock(m: ReportModel, name: string): string {
  const c = m.charts.find((x) => x.name === name);
  if (!c) return '';
  const specId = `spec-${c.name}`;
  return [
    `<figure class="chart" data-chart="${escapeHtml(c.name)}" data-spec="${escapeHtml(specId)}" data-params="${escapeHtml(JSON.stringify(c.params))}">`,
    `<div class="static">${c.svg}</div>`,
    '<div class="live"></div>',
    `<figcaption class="muted">Files: <a href="charts/${escapeHtml(c.name)}.vl.json">charts/${escapeHtml(c.name)}.vl.json</a>, <a href="charts/${escapeHtml(c.name)}.svg">.svg</a></figcaption>`,
    `<script type="application/json" id="${escapeHtml(specId)}">${jsonForScript(c.spec)}</script>`,
    '</figure>',
  ].join('\n');
}
