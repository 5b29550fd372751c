/** Entities: most mentioned per interview, tone around each, and where each is first named. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { evidence } from '../../tables/evidence.js';
import { its } from '../../tables/its.js';
import { quote } from '../quote.js';
import type { SentenceRow } from '../../../pipeline/types.js';
import type { EntityToneRow } from '../../tables/entities.js';
import { dataTable, section } from './section.js';

export function entities(m: ReportModel, from: string): string {
  const { ctx } = m;
  const tone = m.tables.entity_tone.rows.filter((r) => r.speaker === ctx.speaker && r.top);
  const byEntity = new Map<string, EntityToneRow[]>();
  for (const r of tone) {
    const list = byEntity.get(r.entity);
    if (list) list.push(r);
    else byEntity.set(r.entity, [r]);
  }
  // The first sentence naming each entity, found in one pass over the corpus.
  const firstNamed = new Map<string, SentenceRow>();
  for (const s of ctx.tables.sentences) {
    if (firstNamed.size === byEntity.size) break;
    if (s.speaker !== ctx.speaker || !s.entities) continue;
    for (const e of its.entities(s)) if (byEntity.has(e) && !firstNamed.has(e)) firstNamed.set(e, s);
  }
  const rows = [...byEntity].map(([entity, parts]) => {
    const get = (t: string) => parts.find((p) => p.tone === t)?.n_sentences ?? 0;
    const first = firstNamed.get(entity);
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
