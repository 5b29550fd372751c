/** 1. Interviews on a time line: date, outlet, length, and how much of it the report speaker said. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartInput } from './types.js';
import { config, dateAxis, dated, SCHEMA } from './common.js';

export function timelineChart({ tables, focus }: ChartInput): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: { text: 'Interviews over time', subtitle: `circle size: words; colour: share spoken by ${focus.speaker}` },
    data: { values: tables.timeline.rows },
    transform: [dated],
    width: 640,
    height: { step: 28 },
    layer: [
      {
        mark: { type: 'circle', opacity: 0.9, stroke: '#333', strokeWidth: 0.5 },
        encoding: {
          x: dateAxis,
          y: { field: 'outlets', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelLimit: 220 } },
          size: { field: 'n_words', type: 'quantitative', title: 'Words', scale: { range: [40, 900] }, legend: { tickMinStep: 1 } },
          color: { field: 'speaker_share', type: 'quantitative', title: 'Share spoken', scale: { domain: [0, 1], scheme: 'blues' }, legend: { format: '.0%' } },
          tooltip: [
            { field: 'title', title: 'Title' },
            { field: 'date', title: 'Date' },
            { field: 'outlets', title: 'Outlet' },
            { field: 'kind', title: 'Kind' },
            { field: 'n_words', title: 'Words', format: ',' },
            { field: 'speaker_share', title: 'Share spoken', format: '.1%' },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 16, fontSize: 10, color: '#444' },
        encoding: {
          x: dateAxis,
          y: { field: 'outlets', type: 'nominal', sort: { field: 'order', op: 'min' } },
          text: { field: 'speaker_share', type: 'quantitative', format: '.0%' },
        },
      },
    ],
    config,
  };
}
