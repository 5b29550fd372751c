/**
 * Rendered charts kept in the result cache (its `charts` layer), so a run whose chart data did not
 * change takes each SVG from there instead of running Vega-Lite's compiler and Vega's parser, dataflow
 * and renderer again: 25–70 ms a chart warm, more in a freshly started thread. A warm run of the sample
 * corpus otherwise spends most of its time there (its documents come from the cache in ~170 ms); an
 * edit of themes.json changes the theme charts' data, not the sentiment or timeline charts'.
 *
 * An SVG is made from the spec (its data inline), the id prefix, the code of this folder (svg.ts) and
 * the chart libraries (and `canvas`, which Vega measures text with when it is installed): the key
 * holds all of them. An entry that cannot be read is rendered again and rewritten; one that cannot be
 * written only costs the next run the time.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CacheStore } from '../../pipeline/cache/store.js';
import { sha256 } from '../../pipeline/cache/hash.js';
import { versionOf } from '../../pipeline/cache/version.js';
import { CODE_ROOT } from '../../pipeline/code-location.js';

const RENDER_FOLDERS = ['reports/render'];
const RENDER_LIBRARIES = ['vega', 'vega-lite', 'canvas'];

let renderVersion: string | undefined;

/** What every SVG depends on besides its spec and prefix: the render code and the chart libraries. */
export function chartRenderVersion(): string {
  renderVersion ??= versionOf(CODE_ROOT, RENDER_FOLDERS, RENDER_LIBRARIES);
  return renderVersion;
}

interface ChartEntry {
  svg: string;
}

export class ChartCache {
  private readonly store: CacheStore;
  /** Charts taken from the cache and charts rendered, since this cache was made. */
  hits = 0;
  misses = 0;

  constructor(dir: string) {
    this.store = new CacheStore(dir);
  }

  /** The key of a chart's SVG. */
  static key(spec: TopLevelSpec, idPrefix: string): string {
    return sha256(chartRenderVersion(), idPrefix, JSON.stringify(spec));
  }

  /** The SVG of `spec` with ids under `idPrefix`: the cached one, else `render()`'s, then stored. */
  async svg(spec: TopLevelSpec, idPrefix: string, render: () => Promise<string>): Promise<string> {
    const key = ChartCache.key(spec, idPrefix);
    const entry = this.store.read<ChartEntry>('charts', key);
    if (entry && typeof entry.svg === 'string') {
      this.hits++;
      return entry.svg;
    }
    this.misses++;
    const svg = await render();
    this.store.write('charts', key, { svg } satisfies ChartEntry);
    return svg;
  }
}
