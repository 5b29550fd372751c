/** 3. Stance toward each target per interview over time: score, interval, sentence count, top quotes. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { bySpeaker, byTarget, config, dateAxis, dated, params, SCHEMA } from './common.js';

export function stanceChart({ tables, focus }: ChartInput): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: { text: 'Stance over time', subtitle: 'score in [-1, 1] with 95% interval; n = sentences behind each point; faint = fewer than 5' },
    params: params(focus, ['speaker_pick', 'target_pick']),
    data: { values: tables.stance_points.rows },
    transform: [bySpeaker, byTarget, dated, { calculate: "'n=' + datum.n_sentences", as: 'n_label' }],
    width: 640,
    height: 260,
    encoding: {
      x: dateAxis,
      color: { field: 'target', type: 'nominal', title: 'Target' },
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
        mark: { type: 'text', dy: -12, fontSize: 10 },
        encoding: { y: { field: 'score', type: 'quantitative' }, text: { field: 'n_label', type: 'nominal' } },
      },
    ],
    config,
  };
}
