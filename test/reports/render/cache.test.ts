import fs from 'node:fs';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { ChartCache } from '../../../reports/render/cache.js';
import { CacheStore } from '../../../pipeline/cache/store.js';
import { useTmpDir } from '../../helpers/tmp.js';

const tmp = useTmpDir('turnlens-charts-');

const bars = (values: Array<{ theme: string; n: number }>, title = 'Themes'): TopLevelSpec => ({
  title,
  data: { values },
  mark: 'bar',
  encoding: { x: { field: 'n', type: 'quantitative' }, y: { field: 'theme', type: 'nominal' } },
});
const SPEC = bars([{ theme: 'trade', n: 3 }, { theme: 'security', n: 5 }]);

/** A renderer that counts its calls and says which call made the SVG. */
function counting(): { render: () => Promise<string>; calls: () => number } {
  let n = 0;
  return { render: async () => `<svg data-call="${++n}"/>`, calls: () => n };
}

describe('ChartCache: a chart rendered once per spec', () => {
  it('renders a chart the first time and reads it back the next, from another cache over the same folder', async () => {
    const r = counting();
    const first = new ChartCache(tmp());
    expect(await first.svg(SPEC, 'themes-def', r.render)).toBe('<svg data-call="1"/>');
    const second = new ChartCache(tmp());
    expect(await second.svg(SPEC, 'themes-def', r.render)).toBe('<svg data-call="1"/>');
    expect([r.calls(), first.misses, second.hits, second.misses]).toEqual([1, 1, 1, 0]);
  });

  it('gives the same key to an equal spec built again', () => {
    const again = bars([{ theme: 'trade', n: 3 }, { theme: 'security', n: 5 }]);
    expect(ChartCache.key(again, 'themes-def')).toBe(ChartCache.key(SPEC, 'themes-def'));
  });

  // Each of these makes another SVG, so none may share the spec's entry.
  it.each<[string, TopLevelSpec, string]>([
    ['a value of its data', bars([{ theme: 'trade', n: 4 }, { theme: 'security', n: 5 }]), 'themes-def'],
    ['a row more', bars([{ theme: 'trade', n: 3 }, { theme: 'security', n: 5 }, { theme: 'people', n: 1 }]), 'themes-def'],
    ['its title', bars([{ theme: 'trade', n: 3 }, { theme: 'security', n: 5 }], 'Themes by interview'), 'themes-def'],
    ['the id prefix', SPEC, 'keyness-def'],
  ])('renders again when %s differs', async (_, spec, prefix) => {
    expect(ChartCache.key(spec, prefix)).not.toBe(ChartCache.key(SPEC, 'themes-def'));
    const r = counting();
    const cache = new ChartCache(tmp());
    await cache.svg(SPEC, 'themes-def', r.render);
    expect(await cache.svg(spec, prefix, r.render)).toBe('<svg data-call="2"/>');
  });

  it.each([
    ['bytes that are neither JSON nor v8', Buffer.from('\u0000garbage')],
    ['JSON without an svg', Buffer.from('{"svg":7}')],
    ['an empty file', Buffer.alloc(0)],
  ])('renders again over an entry holding %s, and rewrites it', async (_, bytes) => {
    const file = new CacheStore(tmp()).file('charts', ChartCache.key(SPEC, 'themes-def'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    const r = counting();
    expect(await new ChartCache(tmp()).svg(SPEC, 'themes-def', r.render)).toBe('<svg data-call="1"/>');
    expect(await new ChartCache(tmp()).svg(SPEC, 'themes-def', r.render)).toBe('<svg data-call="1"/>');
    expect(r.calls()).toBe(1);
  });

  it('renders every time where the folder cannot be written (a file stands in its way), and says nothing', async () => {
    const blocked = path.join(tmp(), 'cache');
    fs.writeFileSync(blocked, 'not a folder');
    const r = counting();
    const cache = new ChartCache(blocked);
    expect(await cache.svg(SPEC, 'themes-def', r.render)).toBe('<svg data-call="1"/>');
    expect(await cache.svg(SPEC, 'themes-def', r.render)).toBe('<svg data-call="2"/>');
    expect([cache.hits, cache.misses]).toEqual([0, 2]);
  });

  it('passes a render failure on, and stores nothing for it', async () => {
    const cache = new ChartCache(tmp());
    await expect(cache.svg(SPEC, 'themes-def', async () => Promise.reject(new Error('vega failed')))).rejects.toThrow('vega failed');
    expect(fs.existsSync(path.join(tmp(), 'charts'))).toBe(false);
  });
});
