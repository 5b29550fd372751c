/** 7. Who speaks how much: words per speaker and role in each interview. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { axisGroups, chartTitle, columnName, config, interviewAxis, nInterviewsTip, params, SCHEMA } from './common.js';
import type { SpeakerWordsRow } from '../tables/speakers.js';
import { sumByGroup, type InterviewGroups } from '../tables/groups.js';
import { as } from '../tables/as.js';
import { r4 } from '../tables/table.js';

/** A speaker's share of a group is of the words summed over the group's interviews. */
function grouped(rows: readonly SpeakerWordsRow[], g: InterviewGroups) {
  const summed = sumByGroup(rows, g, ['speaker', 'role'], ['n_turns', 'n_words']);
  const total = new Map<number, number>();
  for (const r of summed) total.set(r.order, (total.get(r.order) ?? 0) + r.n_words);
  return summed.map((r) => ({ ...r, share: r4(as.share(r.n_words, total.get(r.order) ?? 0)) }));
}

export function speakersChart({ tables, focus }: ChartInput): TopLevelSpec {
  const g = axisGroups(tables);
  const rows = tables.speaker_words.rows;
  return {
    $schema: SCHEMA,
    title: chartTitle('Who speaks how much', `words per speaker in each ${columnName(g)}, coloured by role; the selected speaker is outlined`, g, 'speaker_words'),
    params: params(focus, ['speaker_pick']),
    data: { values: g ? grouped(rows, g) : rows },
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
        ...(g ? [nInterviewsTip] : []),
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
