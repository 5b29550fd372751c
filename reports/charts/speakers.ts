/** 7. Who speaks how much: words per speaker and role in each interview. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { config, interviewAxis, params, SCHEMA } from './common.js';

export function speakersChart({ tables, focus }: ChartInput): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: { text: 'Who speaks how much', subtitle: 'words per speaker in each interview, coloured by role; the selected speaker is outlined' },
    params: params(focus, ['speaker_pick']),
    data: { values: tables.speaker_words.rows },
    width: 560,
    height: { step: 24 },
    mark: { type: 'bar', stroke: '#222' },
    encoding: {
      y: { ...interviewAxis, axis: { labelLimit: 220 } },
      x: { field: 'n_words', type: 'quantitative', title: 'Words', stack: 'zero' },
      color: {
        field: 'role',
        type: 'nominal',
        title: 'Role',
        scale: { domain: ['interviewee', 'interviewer', 'moderator', 'panelist', 'audience', 'narrator'] },
      },
      detail: { field: 'speaker', type: 'nominal' },
      order: { field: 'n_words', sort: 'descending' },
      strokeWidth: { condition: { test: 'datum.speaker === speaker_pick', value: 2 }, value: 0 },
      tooltip: [
        { field: 'interview', title: 'Interview' },
        { field: 'speaker', title: 'Speaker' },
        { field: 'role', title: 'Role' },
        { field: 'n_words', title: 'Words', format: ',' },
        { field: 'n_turns', title: 'Turns' },
        { field: 'share', title: 'Share of words', format: '.1%' },
      ],
    },
    config,
  };
}
