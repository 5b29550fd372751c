/**
 * 4. Sentiment of the speaker's sentences per interview: the distribution (box plot) and label shares.
 * The boxes are drawn from precomputed quartiles and whiskers, so the inlined data is one row per
 * speaker and interview however many sentences the corpus has.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { axisGroups, bySpeaker, chartTitle, columnName, config, interviewAxis, nInterviewsTip, params, SCHEMA, toneColor, pickable } from './common.js';

const score = (field: string, title: string | null = null) => ({ field, type: 'quantitative' as const, title, scale: { domain: [-1, 1] } });

export function sentimentChart({ tables, focus }: ChartInput): TopLevelSpec {
  const g = axisGroups(tables);
  const perGroup = g ? [nInterviewsTip] : [];
  return {
    $schema: SCHEMA,
    title: chartTitle(`Sentiment per ${columnName(g)}`, 'distribution of sentence scores, and the share of negative, neutral and positive sentences', g, 'sentiment_summary', 'sentiment_groups'),
    params: params(focus, ['speaker_pick']),
    data: { values: g ? pickable(tables.sentiment_groups.rows, focus) : pickable(tables.sentiment_summary.rows, focus) },
    transform: [bySpeaker],
    vconcat: [
      {
        width: { step: 56 },
        height: 200,
        encoding: {
          x: interviewAxis,
          tooltip: [
            { field: 'interview', title: 'Interview' },
            ...perGroup,
            { field: 'n_sentences', title: 'Sentences' },
            { field: 'median', title: 'Median', format: '+.2f' },
            { field: 'q1', title: 'Lower quartile', format: '+.2f' },
            { field: 'q3', title: 'Upper quartile', format: '+.2f' },
            { field: 'whisker_low', title: 'Whisker low', format: '+.2f' },
            { field: 'whisker_high', title: 'Whisker high', format: '+.2f' },
            { field: 'mean', title: 'Mean', format: '+.2f' },
          ],
        },
        layer: [
          { mark: { type: 'rule', color: '#5b8db8' }, encoding: { y: score('whisker_low', 'Sentence sentiment'), y2: { field: 'whisker_high' } } },
          { mark: { type: 'bar', size: 22, color: '#5b8db8' }, encoding: { y: score('q1'), y2: { field: 'q3' } } },
          { mark: { type: 'tick', size: 22, thickness: 2, color: '#fff' }, encoding: { y: score('median') } },
        ],
      },
      {
        transform: [
          { fold: ['share_negative', 'share_neutral', 'share_positive'], as: ['measure', 'share'] },
          { calculate: "replace(datum.measure, 'share_', '')", as: 'tone' },
        ],
        width: { step: 56 },
        height: 120,
        mark: 'bar',
        encoding: {
          x: interviewAxis,
          y: { field: 'share', type: 'quantitative', stack: 'normalize', title: 'Share', axis: { format: '.0%' } },
          color: toneColor,
          order: { field: 'tone', sort: 'ascending' },
          tooltip: [
            { field: 'interview', title: 'Interview' },
            ...perGroup,
            { field: 'tone', title: 'Tone' },
            { field: 'share', title: 'Share', format: '.1%' },
            { field: 'n_sentences', title: 'Sentences' },
            { field: 'mean', title: 'Mean', format: '+.2f' },
            { field: 'median', title: 'Median', format: '+.2f' },
          ],
        },
      },
    ],
    config,
  };
}
