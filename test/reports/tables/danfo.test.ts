import { createRequire } from 'node:module';
import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFERRED_DEPENDENCIES, danfoLoaded, loadDanfo, loadedDeferred } from '../../../reports/tables/danfo.js';
import { groupBy } from '../../../reports/tables/frame.js';

const require = createRequire(import.meta.url);
const fromDanfo = createRequire(require.resolve('danfojs'));
const cached = (name: string) => require.cache[fromDanfo.resolve(name)] !== undefined;

// One file, in order: the first test sees this thread before any deferred dependency was read.
describe('loadDanfo', () => {
  it('loads danfojs without mathjs, TensorFlow.js or xlsx, and a sum/mean/count group-by never needs them', async () => {
    expect(danfoLoaded()).toBe(false);
    for (const name of DEFERRED_DEPENDENCIES) expect(cached(name)).toBe(false);
    loadDanfo();
    const rows = await groupBy([{ k: 'a', x: 1 }, { k: 'b', x: 2 }, { k: 'a', x: 4 }], ['k'], { x: ['sum', 'mean', 'count', 'min', 'max'] });
    expect(rows).toEqual([
      { k: 'a', x_sum: 5, x_mean: 2.5, x_count: 2, x_min: 1, x_max: 4 },
      { k: 'b', x_sum: 2, x_mean: 2, x_count: 1, x_min: 2, x_max: 2 },
    ]);
    expect(danfoLoaded()).toBe(true);
    expect([...loadedDeferred]).toEqual([]);
    for (const name of DEFERRED_DEPENDENCIES) expect(cached(name)).toBe(false);
  });

  it('loads mathjs on the first call that needs it, with the same result as mathjs itself', async () => {
    const rows = await groupBy([{ k: 'a', x: 1 }, { k: 'a', x: 2 }, { k: 'a', x: 6 }], ['k'], { x: ['std'] });
    expect([...loadedDeferred]).toEqual(['mathjs']);
    const mathjs = fromDanfo('mathjs') as { std(values: number[]): number };
    expect(rows[0].x_std).toBe(mathjs.std([1, 2, 6]));
    const { DataFrame } = loadDanfo();
    expect(new DataFrame([[1], [2], [6]], { columns: ['x'] }).std({ axis: 0 }).values).toEqual([mathjs.std([1, 2, 6])]);
  });

  it('loads TensorFlow.js on the first tensor operation, and frames built from tensors still work', () => {
    const { DataFrame } = loadDanfo();
    const df = new DataFrame([[1, 2], [3, 4]], { columns: ['a', 'b'] });
    expect(loadedDeferred.has('@tensorflow/tfjs')).toBe(false);
    expect(df.add(1).values).toEqual([[2, 3], [4, 5]]);
    expect(loadedDeferred.has('@tensorflow/tfjs')).toBe(true);
    const tf = fromDanfo('@tensorflow/tfjs') as { tensor2d(v: number[][]): object; Tensor: new () => object };
    const t = tf.tensor2d([[5, 6], [7, 8]]);
    // The constructor's `instanceof Tensor` test must see a real tensor as one.
    expect(new DataFrame(t, { columns: ['a', 'b'] }).values).toEqual([[5, 6], [7, 8]]);
    expect(df.tensor).toBeInstanceOf(tf.Tensor);
  });

  it('leaves every other require of mathjs, xlsx and TensorFlow.js the real module', () => {
    for (const name of DEFERRED_DEPENDENCIES) {
      const mod = fromDanfo(name) as object;
      expect(types.isProxy(mod)).toBe(false);
      expect(Object.keys(mod).length).toBeGreaterThan(10);
    }
  });
});
