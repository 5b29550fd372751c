/** 6. Distinctive terms per interview: G² of the top over-represented terms against the rest of the corpus. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { config, SCHEMA } from './common.js';
import { spreadRows } from './spread.js';

/** Panels drawn at most (eight rows of three); past that, interviews evenly spaced over the range. */
export const KEYNESS_PANELS = 24;

export function keynessChart({ tables }: ChartInput): TopLevelSpec {
  const { rows, shown, of } = spreadRows(tables.keyness_top.rows, KEYNESS_PANELS);
  const subtitle = ['log-likelihood (G²) against the rest of the corpus; all speakers'];
  if (shown < of) subtitle.push(`${shown} of ${of} interviews with such terms, spread evenly from the first to the last; all of them in data/keyness_top.csv`);
  return {
    $schema: SCHEMA,
    title: { text: 'Distinctive terms per interview', subtitle: subtitle.length > 1 ? subtitle : subtitle[0] },
    data: { values: rows },
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
