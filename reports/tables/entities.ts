/** Most-mentioned entities per interview, and the tone of the sentences that mention each one. */
import type { EntityType } from '../../pipeline/types.js';
import type { ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { groupBy } from './frame.js';
import { its, type InterviewAxis } from './its.js';
import { r4, table, type Table } from './table.js';

/** Entities per speaker kept on the charts (all are in the CSV). */
export const TOP_ENTITIES = 12;

export interface EntityCountRow extends InterviewAxis {
  speaker: string;
  entity: string;
  type: EntityType;
  n_mentions: number;
  /** Rank of the entity by mentions across the range, for this speaker (1 = most). */
  rank: number;
  top: boolean;
}

export interface EntityToneRow {
  speaker: string;
  entity: string;
  type: EntityType;
  tone: 'negative' | 'neutral' | 'positive';
  /** Sentences by the speaker that mention the entity and carry this sentiment label. */
  n_sentences: number;
  share: number;
  /** Mean sentiment of all the speaker's sentences that mention the entity. */
  mean_sentiment: number;
  n_total: number;
  rank: number;
  top: boolean;
}

type Ranks = Map<string, Map<string, number>>;

function rankEntities(counts: ReadonlyArray<{ speaker: string; entity: string; n: number }>): Ranks {
  const totals = new Map<string, Map<string, number>>();
  for (const c of counts) {
    const m = totals.get(c.speaker) ?? new Map<string, number>();
    m.set(c.entity, (m.get(c.entity) ?? 0) + c.n);
    totals.set(c.speaker, m);
  }
  const ranks: Ranks = new Map();
  for (const [speaker, m] of totals) {
    const ranked = [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    ranks.set(speaker, new Map(ranked.map(([e], i) => [e, i + 1])));
  }
  return ranks;
}

export async function entityCounts(ctx: ReportContext, between?: () => void): Promise<Table<EntityCountRow>> {
  const grouped = await groupBy(ctx.tables.mentions, ['interview_id', 'speaker', 'entity', 'type'], { start: ['count'] }, between);
  const ranks = rankEntities(grouped.map((g) => ({ speaker: String(g.speaker), entity: String(g.entity), n: Number(g.start_count) })));
  const rows = grouped.flatMap((g): EntityCountRow[] => {
    const iv = ctx.interview.get(String(g.interview_id));
    if (!iv) return [];
    const rank = ranks.get(String(g.speaker))?.get(String(g.entity)) ?? 0;
    return [{
      interview_id: iv.id, interview: iv.label, date: iv.date, order: iv.order,
      speaker: String(g.speaker),
      entity: String(g.entity),
      type: g.type as EntityType,
      n_mentions: Number(g.start_count),
      rank,
      top: rank <= TOP_ENTITIES,
    }];
  });
  rows.sort((a, b) => a.order - b.order || cmp(a.speaker, b.speaker) || a.rank - b.rank);
  return table('entity_counts', 'mentions of each entity per speaker and interview, with its overall rank for the speaker', [
    'interview_id', 'interview', 'date', 'order', 'speaker', 'entity', 'type', 'n_mentions', 'rank', 'top',
  ], rows);
}

/** A sentence's tone, once per entity it names. */
interface ToneOf {
  speaker: string;
  entity: string;
  sentiment: number;
  negative: number;
  neutral: number;
  positive: number;
}

export async function entityTone(ctx: ReportContext, between?: () => void): Promise<Table<EntityToneRow>> {
  const types = new Map(ctx.tables.mentions.map((m) => [m.entity, m.type]));
  const pairs: ToneOf[] = [];
  for (const s of ctx.tables.sentences) {
    // Most sentences name no entity: nothing is made for them.
    if (!s.entities) continue;
    for (const entity of new Set(its.entities(s))) {
      pairs.push({
        speaker: s.speaker,
        entity,
        sentiment: s.sentiment,
        negative: s.label === 'negative' ? 1 : 0,
        neutral: s.label === 'neutral' ? 1 : 0,
        positive: s.label === 'positive' ? 1 : 0,
      });
    }
  }
  const grouped = await groupBy(pairs, ['speaker', 'entity'], { sentiment: ['count', 'mean'], negative: ['sum'], neutral: ['sum'], positive: ['sum'] }, between);
  const ranks = rankEntities(grouped.map((g) => ({ speaker: String(g.speaker), entity: String(g.entity), n: Number(g.sentiment_count) })));
  const rows: EntityToneRow[] = [];
  for (const g of grouped) {
    const speaker = String(g.speaker);
    const entity = String(g.entity);
    const total = Number(g.sentiment_count);
    const rank = ranks.get(speaker)?.get(entity) ?? 0;
    for (const tone of ['negative', 'neutral', 'positive'] as const) {
      const n = Number(g[`${tone}_sum`]);
      rows.push({
        speaker,
        entity,
        type: types.get(entity) ?? 'organization',
        tone,
        n_sentences: n,
        share: r4(total ? n / total : 0),
        mean_sentiment: r4(Number(g.sentiment_mean)),
        n_total: total,
        rank,
        top: rank <= TOP_ENTITIES,
      });
    }
  }
  rows.sort((a, b) => cmp(a.speaker, b.speaker) || a.rank - b.rank || cmp(a.tone, b.tone));
  return table('entity_tone', "sentiment labels of each speaker's sentences that mention an entity (entity × tone)", [
    'speaker', 'entity', 'type', 'tone', 'n_sentences', 'share', 'mean_sentiment', 'n_total', 'rank', 'top',
  ], rows);
}
