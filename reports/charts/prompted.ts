/** 8. Prompted versus volunteered: themes in answers that the question raised, or that only the answer raised. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { ALL, axisGroups, bySpeaker, chartTitle, config, interviewAxis, nInterviewsTip, params, SCHEMA, pickable } from './common.js';
import { sumByGroup } from '../tables/groups.js';

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
  const g = axisGroups(tables);
  const rows = pickable(tables.prompted.rows, focus);
  const perColumn = [{ field: 'interview', title: 'Interview' }, ...(g ? [nInterviewsTip] : []), { field: 'kind', title: 'Kind' }, { aggregate: 'sum', field: 'n_answers', title: 'Answers' }] as const;
  return {
    $schema: SCHEMA,
    title: chartTitle('Prompted or volunteered', 'answers carrying a theme the question raised, or one only the answer raised', g, 'prompted'),
    params: params(focus, ['speaker_pick', 'theme_pick']),
    data: { values: g ? sumByGroup(rows, g, ['speaker', 'theme', 'kind'], ['n_answers']) : rows },
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
          tooltip: [...perColumn],
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
