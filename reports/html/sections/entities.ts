/** Entities: most mentioned per interview, tone around each, and where each is first named. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { evidence } from '../../tables/evidence.js';
import { its } from '../../tables/its.js';
import { quote } from '../quote.js';
import { dataTable, section } from './section.js';

export function entities(m: ReportModel, from: string): string {
  const { ctx } = m;
  const tone = m.tables.entity_tone.rows.filter((r) => r.speaker === ctx.speaker && r.top);
  const names = [...new Set(tone.map((r) => r.entity))];
  const rows = names.map((entity) => {
    const parts = tone.filter((r) => r.entity === entity);
    const get = (t: string) => parts.find((p) => p.tone === t)?.n_sentences ?? 0;
    const first = ctx.tables.sentences.find((s) => s.speaker === ctx.speaker && its.entities(s).includes(entity));
    const e = first ? evidence(ctx, its.sentenceId(first)) : null;
    return [
      escapeHtml(entity),
      escapeHtml(parts[0].type),
      fmt.int(parts[0].n_total),
      fmt.int(get('negative')),
      fmt.int(get('neutral')),
      fmt.int(get('positive')),
      fmt.signed(parts[0].mean_sentiment),
      e ? `<ul class="quotes">${quote(from, e)}</ul>` : '',
    ];
  });
  return section(
    'entities',
    `Countries, companies, organisations and people named by ${escapeHtml(ctx.speaker)}, and the tone (sentence sentiment) where each is named. Tone is a proxy: it measures the sentence, not the attitude toward the entity; stance toward the report’s targets is measured separately above.`,
    chartBlock(m, 'entities') +
      dataTable(['Entity', 'Type', 'Sentences', 'Negative', 'Neutral', 'Positive', 'Mean tone', 'First named'], rows, [2, 3, 4, 5, 6]),
  );
}
