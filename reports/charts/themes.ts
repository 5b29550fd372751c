/** 2. Theme share per interview (heatmap) and over time for the leading themes or the chosen one (lines). */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { ALL, axisGroups, bySpeaker, chartTitle, config, interviewAxis, nInterviewsTip, params, SCHEMA, pickable } from './common.js';
import { FEW, type ThemeShareRow } from '../tables/themes.js';
import { sumByGroup, type InterviewGroups } from '../tables/groups.js';
import { r4 } from '../tables/table.js';

const tooltip = [
  { field: 'interview', title: 'Interview' },
  { field: 'theme', title: 'Theme' },
  { field: 'share', title: 'Share of sentences', format: '.1%' },
  { field: 'n_sentences', title: 'Sentences with theme' },
  { field: 'n_speaker_sentences', title: 'All sentences' },
] as const;

/** A group's share is its summed theme sentences over its summed sentences, not a mean of shares. */
function grouped(rows: readonly ThemeShareRow[], g: InterviewGroups) {
  return sumByGroup(rows, g, ['speaker', 'theme', 'top'], ['n_sentences', 'n_speaker_sentences']).map((r) => ({
    ...r,
    share: r.n_speaker_sentences === 0 ? 0 : r4(r.n_sentences / r.n_speaker_sentences),
    few: r.n_speaker_sentences < FEW,
  }));
}

export function themesChart({ tables, focus }: ChartInput): TopLevelSpec {
  const g = axisGroups(tables);
  const rows = pickable(tables.theme_share.rows, focus);
  const tip = g ? [...tooltip, nInterviewsTip] : [...tooltip];
  return {
    $schema: SCHEMA,
    title: chartTitle('Themes over time', 'share of the speaker’s sentences that carry each theme', g, 'theme_share'),
    params: params(focus, ['speaker_pick', 'theme_pick']),
    data: { values: g ? grouped(rows, g) : rows },
    transform: [bySpeaker],
    vconcat: [
      {
        width: { step: 56 },
        height: { step: 18 },
        mark: { type: 'rect', stroke: '#fff' },
        encoding: {
          x: interviewAxis,
          y: { field: 'theme', type: 'nominal', title: null, sort: 'ascending' },
          color: { field: 'share', type: 'quantitative', title: 'Share', scale: { scheme: 'oranges', domainMin: 0 }, legend: { format: '.0%' } },
          opacity: { condition: { test: `theme_pick === '${ALL}' || datum.theme === theme_pick`, value: 1 }, value: 0.25 },
          tooltip: tip,
        },
      },
      {
        width: { step: 56 },
        height: 220,
        transform: [{ filter: `theme_pick === '${ALL}' ? datum.top : datum.theme === theme_pick` }],
        encoding: {
          x: interviewAxis,
          y: { field: 'share', type: 'quantitative', title: 'Share of sentences', axis: { format: '.0%' } },
          color: { field: 'theme', type: 'nominal', title: 'Theme' },
        },
        layer: [
          { mark: { type: 'line', strokeWidth: 2 } },
          {
            mark: { type: 'point', filled: true, size: 50 },
            encoding: { opacity: { condition: { test: 'datum.few', value: 0.35 }, value: 1 }, tooltip: tip },
          },
        ],
      },
    ],
    config,
  };
}
