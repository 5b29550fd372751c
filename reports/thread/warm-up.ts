/**
 * Loads the report's libraries and runs each once on a tiny input, so that the first real group-by
 * and the first real chart do not pay for module loading and cold (unoptimised) code.
 */
import type { TopLevelSpec } from 'vega-lite';
import { groupBy } from '../tables/frame.js';
import { renderSvg } from '../render/svg.js';
import { browserAssets } from '../html/assets.js';

/** A small spec touching the marks and transforms the report's charts use. */
const SPEC: TopLevelSpec = {
  data: { values: [{ g: 'a', t: 'x', v: 0.5, w: 0.2 }, { g: 'b', t: 'y', v: -0.25, w: 0.4 }] },
  params: [{ name: 'pick', value: 'a' }],
  transform: [{ filter: "pick === 'a' || datum.g === pick" }, { fold: ['v', 'w'], as: ['k', 'x'] }, { calculate: "'n=' + datum.x", as: 'n' }],
  vconcat: [
    {
      facet: { row: { field: 't', type: 'nominal' } },
      spec: {
        encoding: { x: { field: 'g', type: 'nominal', sort: { field: 'x', op: 'min' } } },
        layer: [
          { mark: { type: 'rule' }, encoding: { y: { field: 'x', type: 'quantitative' }, y2: { datum: 0 } } },
          { mark: 'line', encoding: { y: { field: 'x', type: 'quantitative' } } },
          { mark: { type: 'point', filled: true }, encoding: { y: { field: 'x', type: 'quantitative' }, size: { field: 'x', type: 'quantitative' }, tooltip: [{ field: 'n' }] } },
          { mark: { type: 'text', dx: 4 }, encoding: { y: { field: 'x', type: 'quantitative' }, text: { field: 'n', type: 'nominal' } } },
        ],
      },
    },
    { mark: 'rect', encoding: { x: { field: 'g', type: 'nominal' }, y: { field: 'k', type: 'nominal' }, color: { field: 'x', type: 'quantitative' } } },
    { mark: 'bar', encoding: { x: { field: 'g', type: 'nominal' }, y: { field: 'x', type: 'quantitative', stack: 'normalize' }, color: { field: 'k', type: 'nominal' } } },
  ],
};

export async function warmUp(): Promise<void> {
  browserAssets();
  await groupBy([{ k: 'a', x: 1 }, { k: 'b', x: 2 }, { k: 'a', x: 3 }], ['k'], { x: ['sum', 'mean', 'count'] });
  await renderSvg(SPEC, 'warm-up');
}
