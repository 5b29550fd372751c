import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheStore, exactJson } from '../../../pipeline/cache/store.js';
import { prepare, processDocument } from '../../../pipeline/index.js';
import { readDoc } from '../../../pipeline/ingest/index.js';
import { useTmpDir } from '../../helpers/tmp.js';
import { DATA } from '../parallel/fixtures.js';

const V8_FORMAT = 0xff;
const tmp = useTmpDir('turnlens-store-');
const firstByte = (store: CacheStore, layer: 'tokens' | 'results', key: string) => fs.readFileSync(store.file(layer, key))[0];

/** Values JSON would not give back as they are: each must be stored in v8's format and read back exactly. */
const NOT_JSON_EXACT: Array<[string, unknown]> = [
  ['NaN', { score: NaN }],
  ['Infinity', { score: [1, -Infinity] }],
  ['-0', { rows: [{ score: -0 }] }],
  ['an undefined property', { a: 1, b: undefined }],
  ['a hole in an array', { list: [1, , 3] }], // eslint-disable-line no-sparse-arrays
  ['a Date', { at: new Date(0) }],
  ['a Map', { m: new Map([['a', 1]]) }],
  ['a typed array', { ids: new Uint16Array([1, 2]) }],
  ['a bigint', { n: 2n }],
];

describe('CacheStore: entries as JSON where JSON gives them back exactly', () => {
  it('writes a document’s results as JSON and reads them back equal', () => {
    const ctx = prepare({ dataDir: DATA });
    const doc = processDocument(readDoc(path.join(DATA, 'ren-bbc-interview-news-2019-02.txt')), ctx);
    const store = new CacheStore(tmp());
    const entry = { part: 0, parts: 1, value: doc };
    expect(store.write('results', 'ab12', entry)).toBe(true);
    expect(String.fromCharCode(firstByte(store, 'results', 'ab12'))).toBe('{');
    expect(store.read('results', 'ab12')).toStrictEqual(entry);
  });

  it.each(NOT_JSON_EXACT)('stores a value holding %s in v8’s format, read back as it was', (_, value) => {
    expect(exactJson(value)).toBeUndefined();
    const store = new CacheStore(tmp());
    store.write('results', 'cd34', value);
    expect(firstByte(store, 'results', 'cd34')).toBe(V8_FORMAT);
    expect(store.read('results', 'cd34')).toStrictEqual(value);
  });

  it('gives no JSON for an object without a prototype (JSON.parse would give it one)', () => {
    expect(exactJson({ counts: Object.assign(Object.create(null) as object, { constructor: 1 }) })).toBeUndefined();
  });

  it('gives JSON text for plain data, lone surrogates and null included', () => {
    for (const value of [{ a: [1, 2.5, null, 'x\ud800y', { b: true }] }, [], 'plain', 0, null]) {
      expect(exactJson(value)).toBe(JSON.stringify(value));
      expect(JSON.parse(exactJson(value)!)).toStrictEqual(value);
    }
  });

  it('writes tokens entries in v8’s format, plain or not', () => {
    const store = new CacheStore(tmp());
    store.write('tokens', 'ef56', { plain: [1, 2] });
    expect(firstByte(store, 'tokens', 'ef56')).toBe(V8_FORMAT);
    expect(store.read('tokens', 'ef56')).toStrictEqual({ plain: [1, 2] });
  });

  it('reads a truncated entry of either format as missing', () => {
    const store = new CacheStore(tmp());
    store.write('results', 'aa00', { value: 'x'.repeat(100) });
    store.write('results', 'bb00', { value: NaN });
    for (const key of ['aa00', 'bb00']) {
      const file = store.file('results', key);
      fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 20));
      expect(store.read('results', key)).toBeUndefined();
    }
  });
});

describe('CacheStore: when an entry was last used', () => {
  const anHourAgo = () => new Date(Date.now() - 3_600_000);
  const usedMs = (store: CacheStore, key: string) => fs.statSync(store.file('results', key)).mtimeMs;

  it('marks an entry used when it is read, not when a read finds it damaged', () => {
    const store = new CacheStore(tmp());
    store.write('results', 'aa11', { n: 1 });
    store.write('results', 'bb11', { n: 2 });
    fs.writeFileSync(store.file('results', 'bb11'), '{"n":');
    for (const key of ['aa11', 'bb11']) fs.utimesSync(store.file('results', key), anHourAgo(), anHourAgo());
    const before = Date.now() - 1_000;
    expect(store.read('results', 'aa11')).toEqual({ n: 1 });
    expect(store.read('results', 'bb11')).toBeUndefined();
    expect(usedMs(store, 'aa11')).toBeGreaterThan(before);
    expect(usedMs(store, 'bb11')).toBeLessThan(before);
  });

  it('touches an entry that is there, and says so; not one that is not', () => {
    const store = new CacheStore(tmp());
    store.write('results', 'cc11', { n: 3 });
    fs.utimesSync(store.file('results', 'cc11'), anHourAgo(), anHourAgo());
    const before = Date.now() - 1_000;
    expect(store.touch('results', 'cc11')).toBe(true);
    expect(usedMs(store, 'cc11')).toBeGreaterThan(before);
    expect(store.touch('results', 'dd11')).toBe(false);
    expect(fs.existsSync(store.file('results', 'dd11'))).toBe(false);
  });
});
