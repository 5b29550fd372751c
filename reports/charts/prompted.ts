/** 8. Prompted versus volunteered: themes in answers that the question raised, or that only the answer raised. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { ALL, bySpeaker, config, interviewAxis, params, SCHEMA, pickable } from './common.js';

const kindColor = {
  field: 'kind',
  type: 'nominal',
  title: 'Theme in answer',
  scale: { domain: ['prompted', 'volunteered', 'not taken up'], range: ['#8da0cb', '#e78a3c', '#d9d9d9'] },
} as const;

const tooltip = [
  { field: 'theme', title: 'Theme' },
  { field: 'kind', title: 'Kind' },
  { aggregate: 'sum', field: 'n_answers', title: 'Answers' },
] as const;

export function promptedChart({ tables, focus }: ChartInput): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: { text: 'Prompted or volunteered', subtitle: 'answers carrying a theme the question raised, or one only the answer raised' },
    params: params(focus, ['speaker_pick', 'theme_pick']),
    data: { values: pickable(tables.prompted.rows, focus) },
    transform: [bySpeaker, { filter: `theme_pick === '${ALL}' || datum.theme === theme_pick` }],
    hconcat: [
      {
        width: { step: 48 },
        height: 220,
        mark: 'bar',
        encoding: {
          x: interviewAxis,
          y: { aggregate: 'sum', field: 'n_answers', type: 'quantitative', title: 'Answers with theme' },
          color: kindColor,
          tooltip: [{ field: 'interview', title: 'Interview' }, { field: 'kind', title: 'Kind' }, { aggregate: 'sum', field: 'n_answers', title: 'Answers' }],
        },
      },
      {
        width: 220,
        height: { step: 16 },
        mark: 'bar',
        encoding: {
          y: { field: 'theme', type: 'nominal', title: null, sort: '-x' },
          x: { aggregate: 'sum', field: 'n_answers', type: 'quantitative', title: 'Answers, all interviews' },
          color: kindColor,
          tooltip: [...tooltip],
        },
      },
    ],
    config,
  };
}
