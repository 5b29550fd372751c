/** 4. Sentiment of the speaker's sentences per interview: the distribution (box plot) and label shares. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { bySpeaker, config, interviewAxis, params, SCHEMA, toneColor } from './common.js';

export function sentimentChart({ tables, focus }: ChartInput): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: { text: 'Sentiment per interview', subtitle: 'distribution of sentence scores, and the share of negative, neutral and positive sentences' },
    params: params(focus, ['speaker_pick']),
    vconcat: [
      {
        data: { values: tables.sentiment_sentences.rows },
        transform: [bySpeaker],
        width: { step: 56 },
        height: 200,
        mark: { type: 'boxplot', extent: 1.5, size: 22 },
        encoding: {
          x: interviewAxis,
          y: { field: 'sentiment', type: 'quantitative', title: 'Sentence sentiment', scale: { domain: [-1, 1] } },
          color: { value: '#5b8db8' },
        },
      },
      {
        data: { values: tables.sentiment_summary.rows },
        transform: [
          bySpeaker,
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
