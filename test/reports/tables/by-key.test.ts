import { describe, expect, it } from 'vitest';
import { ByKey } from '../../../reports/tables/by-key.js';

describe('ByKey', () => {
  it('finds a value by its whole key, and nothing by a key it was not given', () => {
    const m = new ByKey<number>();
    m.upsert(['iv-1', 'Ren Zhengfei', 'security_trust'], () => 1);
    m.upsert(['iv-1', 'Ren Zhengfei', 'us_relations'], () => 2);
    m.upsert(['iv-2', 'Ren Zhengfei', 'security_trust'], () => 3);
    expect.soft(m.get(['iv-1', 'Ren Zhengfei', 'security_trust'])).toBe(1);
    expect.soft(m.get(['iv-1', 'Ren Zhengfei', 'us_relations'])).toBe(2);
    expect.soft(m.get(['iv-2', 'Ren Zhengfei', 'security_trust'])).toBe(3);
    // False positives a joined text key would give, and keys cut short at each level.
    for (const missing of [['iv-2', 'Ren Zhengfei', 'us_relations'], ['iv-1-Ren Zhengfei', 'security_trust', ''], ['iv-3', 'Ren Zhengfei', 'security_trust'], ['iv-1', 'Zhengfei', 'security_trust']]) {
      expect.soft(m.get(missing), JSON.stringify(missing)).toBeUndefined();
    }
  });

  it('keeps 1 and "1" apart, as JSON keys did', () => {
    const m = new ByKey<string>();
    m.upsert([1, 'a'], () => 'number');
    m.upsert(['1', 'a'], () => 'text');
    expect([m.get([1, 'a']), m.get(['1', 'a'])]).toEqual(['number', 'text']);
  });

  it('set replaces the value under a key, as Map.set does', () => {
    const m = new ByKey<string>();
    m.set(['iv', 'Ren', 'security_trust'], 'first');
    m.set(['iv', 'Ren', 'security_trust'], 'second');
    expect(m.get(['iv', 'Ren', 'security_trust'])).toBe('second');
  });

  it('makes a value once, and gives the same one after', () => {
    const m = new ByKey<number[]>();
    let made = 0;
    const list = m.upsert(['iv', 'Ren'], () => (made++, []));
    list.push(0.5);
    expect(m.upsert(['iv', 'Ren'], () => (made++, []))).toBe(list);
    expect(m.get(['iv', 'Ren'])).toEqual([0.5]);
    expect(made).toBe(1);
  });
});
