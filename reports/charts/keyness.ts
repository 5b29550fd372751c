/** 6. Distinctive terms per interview: G² of the top over-represented terms against the rest of the corpus. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { config, SCHEMA } from './common.js';

export function keynessChart({ tables }: ChartInput): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: { text: 'Distinctive terms per interview', subtitle: 'log-likelihood (G²) against the rest of the corpus; all speakers' },
    data: { values: tables.keyness_top.rows },
    columns: 3,
    facet: { field: 'interview', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, header: { labelLimit: 220, labelFontSize: 11 } },
    spec: {
      width: 180,
      height: { step: 14 },
      mark: { type: 'bar', color: '#7a5195' },
      encoding: {
        y: { field: 'term', type: 'nominal', title: null, sort: { field: 'rank', op: 'min' } },
        x: { field: 'g2', type: 'quantitative', title: 'G²' },
        tooltip: [
          { field: 'term', title: 'Term' },
          { field: 'count', title: 'Count here' },
          { field: 'other_count', title: 'Count elsewhere' },
          { field: 'g2', title: 'G²', format: '.1f' },
          { field: 'log_ratio', title: 'Log ratio', format: '+.2f' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
    config,
  };
}
