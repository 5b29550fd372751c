/** The report's style sheet: readable on screen, the static SVGs when printing or without scripts. */
export const STYLES = `
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; --accent: #1f5f99; --bg-soft: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
header.top { padding: 20px 32px 12px; border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 4px; font-size: 24px; }
header.top p { margin: 0; color: var(--muted); }
nav.toc { padding: 8px 32px; border-bottom: 1px solid var(--line); font-size: 13px; position: sticky; top: 0; background: #fff; z-index: 5; display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; }
nav.toc a { color: var(--accent); text-decoration: none; }
.controls { display: flex; gap: 14px; flex-wrap: wrap; margin-left: auto; }
.controls label { color: var(--muted); }
.controls select { margin-left: 4px; max-width: 220px; }
main { padding: 8px 32px 48px; max-width: 1280px; }
section { margin: 28px 0; }
section > h2 { font-size: 20px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.lead { color: var(--muted); margin-top: -4px; }
.chart { margin: 12px 0 20px; overflow-x: auto; }
.chart .live { display: none; }
.chart.is-live .live { display: block; }
.chart.is-live .static { display: none; }
.chart .static svg { max-width: 100%; height: auto; }
table.data { border-collapse: collapse; font-size: 13px; margin: 8px 0 16px; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 4px 10px 4px 0; text-align: left; vertical-align: top; }
table.data td.n { text-align: right; font-variant-numeric: tabular-nums; }
.quotes { list-style: none; padding: 0; margin: 6px 0 14px; }
.quote { border-left: 3px solid var(--line); padding: 4px 10px; margin: 6px 0; background: var(--bg-soft); }
.quote blockquote { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.quote .cite { font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.quote .cite a { color: var(--accent); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 14px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.card h4 { margin: 0 0 6px; font-size: 14px; overflow-wrap: anywhere; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 8px 0 16px; }
.delta-up { color: #1e7b34; } .delta-down { color: #b3261e; }
.few { color: #9a6700; font-size: 12px; }
.kwic { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.kwic mark { background: #fff1a8; }
.muted { color: var(--muted); }
.transcript article { border-bottom: 1px solid var(--line); padding: 8px 0; scroll-margin-top: 12px; }
.transcript article:target { background: #fff8d6; outline: 2px solid #e0b000; }
.transcript .who { font-weight: bold; overflow-wrap: anywhere; }
.transcript .meta { color: var(--muted); font-size: 12px; }
.transcript p { white-space: pre-wrap; margin: 4px 0; overflow-wrap: anywhere; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
[hidden] { display: none !important; }
@media print {
  nav.toc, .controls { display: none; }
  .chart .live, .chart.is-live .live { display: none; }
  .chart .static, .chart.is-live .static { display: block; }
  section { break-inside: avoid-page; }
}
`;
