/** 5. Most-mentioned entities per interview, and entity × tone of the sentences that name them. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { axisGroups, chartTitle, columnName, nInterviewsTip, pickable, bySpeaker, config, interviewAxis, params, SCHEMA, toneColor } from './common.js';
import { sumByGroup } from '../tables/groups.js';

const entityAxis = { field: 'entity', type: 'nominal', title: null, sort: { field: 'rank', op: 'min' }, axis: { labelLimit: 180 } } as const;

export function entitiesChart({ tables, focus }: ChartInput): TopLevelSpec {
  const g = axisGroups(tables);
  const counts = pickable(tables.entity_counts.rows, focus).filter((r) => r.top);
  return {
    $schema: SCHEMA,
    title: chartTitle('Entities', `mentions per ${columnName(g)} (most-mentioned overall first), and the tone of sentences naming each`, g, 'entity_counts'),
    params: params(focus, ['speaker_pick']),
    hconcat: [
      {
        data: { values: g ? sumByGroup(counts, g, ['speaker', 'entity', 'type', 'rank', 'top'], ['n_mentions']) : counts },
        transform: [bySpeaker, { filter: 'datum.top' }],
        width: { step: 48 },
        height: { step: 20 },
        mark: { type: 'circle', opacity: 0.85 },
        encoding: {
          x: interviewAxis,
          y: entityAxis,
          size: { field: 'n_mentions', type: 'quantitative', title: 'Mentions', scale: { range: [20, 500] }, legend: { tickMinStep: 1, format: 'd' } },
          color: { field: 'type', type: 'nominal', title: 'Type', scale: { domain: ['country', 'company', 'organization', 'person'] } },
          tooltip: [
            { field: 'entity', title: 'Entity' },
            { field: 'type', title: 'Type' },
            { field: 'interview', title: 'Interview' },
            ...(g ? [nInterviewsTip] : []),
            { field: 'n_mentions', title: 'Mentions' },
          ],
        },
      },
      {
        data: { values: pickable(tables.entity_tone.rows, focus).filter((r) => r.top) },
        transform: [bySpeaker, { filter: 'datum.top' }],
        width: 220,
        height: { step: 20 },
        mark: 'bar',
        encoding: {
          y: entityAxis,
          x: { field: 'share', type: 'quantitative', stack: 'normalize', title: 'Tone of sentences naming it', axis: { format: '.0%' } },
          color: toneColor,
          order: { field: 'tone', sort: 'ascending' },
          tooltip: [
            { field: 'entity', title: 'Entity' },
            { field: 'tone', title: 'Tone' },
            { field: 'n_sentences', title: 'Sentences' },
            { field: 'n_total', title: 'All sentences naming it' },
            { field: 'mean_sentiment', title: 'Mean sentiment', format: '+.2f' },
          ],
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
    config,
  };
}
