/**
 * 3. Stance toward each target per interview, in time order: score, 95% interval, sentence count, top
 * quotes in the tooltip. One row per target; interviews are evenly spaced (several fall within days
 * of each other, which on a true time scale would stack their labels).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { axisGroups, bySpeaker, byTarget, chartTitle, config, interviewAxis, nInterviewsTip, params, SCHEMA, pickable } from './common.js';

export function stanceChart({ tables, focus }: ChartInput): TopLevelSpec {
  const g = axisGroups(tables);
  // Without sentence ids: they grow with the sentences behind a point, and the tooltip shows quotes.
  const points = g
    ? pickable(tables.stance_groups.rows, focus).map(({ quote_ids: _ids, ...point }) => point)
    : pickable(tables.stance_points.rows, focus).map(({ evidence: _ids, ...point }) => point);
  return {
    $schema: SCHEMA,
    title: chartTitle('Stance over time', 'score in [-1, 1] with 95% interval; n = sentences behind each point; faint = fewer than 5', g, 'stance_points', 'stance_groups'),
    params: params(focus, ['speaker_pick', 'target_pick']),
    data: { values: points },
    transform: [bySpeaker, byTarget, { calculate: "'n=' + datum.n_sentences", as: 'n_label' }],
    facet: { row: { field: 'target', type: 'nominal', title: null, header: { labelOrient: 'top', labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelFontWeight: 'bold', labelFontSize: 12, labelLimit: 160 } } },
    spec: {
      width: { step: 72 },
      height: 170,
      encoding: {
        x: interviewAxis,
        color: { field: 'target', type: 'nominal', title: 'Target', legend: null },
      },
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 4] }, encoding: { y: { datum: 0 }, color: { value: '#888' } } },
        {
          mark: { type: 'rule', strokeWidth: 2, opacity: 0.5 },
          encoding: {
            y: { field: 'ci_low', type: 'quantitative', scale: { domain: [-1, 1] }, title: 'Stance' },
            y2: { field: 'ci_high' },
          },
        },
        { mark: { type: 'line', strokeWidth: 2 }, encoding: { y: { field: 'score', type: 'quantitative' } } },
        {
          mark: { type: 'point', filled: true },
          encoding: {
            y: { field: 'score', type: 'quantitative' },
            size: { field: 'n_sentences', type: 'quantitative', title: 'Sentences', scale: { range: [30, 400] }, legend: { tickMinStep: 1, format: 'd' } },
            opacity: { condition: { test: 'datum.few', value: 0.35 }, value: 1 },
            tooltip: [
              { field: 'interview', title: 'Interview' },
              ...(g ? [nInterviewsTip] : []),
              { field: 'target', title: 'Target' },
              { field: 'score', title: 'Score', format: '+.2f' },
              { field: 'ci_low', title: 'CI low', format: '+.2f' },
              { field: 'ci_high', title: 'CI high', format: '+.2f' },
              { field: 'n_sentences', title: 'Sentences' },
              { field: 'quote_1', title: 'Quote 1' },
              { field: 'quote_2', title: 'Quote 2' },
              { field: 'quote_3', title: 'Quote 3' },
            ],
          },
        },
        {
          mark: { type: 'text', dx: 12, align: 'left', fontSize: 10, color: '#333' },
          encoding: { y: { field: 'score', type: 'quantitative' }, text: { field: 'n_label', type: 'nominal' } },
        },
      ],
    },
    config,
  };
}
