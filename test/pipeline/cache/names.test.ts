/**
 * The names layer (pipeline/cache/names.ts): what compromise found in a document's windows, stored
 * under its tokens key, so that after an edit of entities.json (a tokens hit, the entity finder run
 * again) the windows seen before are not read by compromise again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare, processDocument } from '../../../pipeline/index.js';
import { cacheSpec, openCache, processCached, tokensKey } from '../../../pipeline/cache/index.js';
import { namesToStore, readNames, type StoredNames } from '../../../pipeline/cache/names.js';
import { StageTotals } from '../../../pipeline/timings.js';
import { forgetWindows, stats, type FoundName } from '../../../analyzers/entities/compromise.js';
import { DATA } from '../parallel/fixtures.js';
import { useTmpDir } from '../../helpers/tmp.js';

const FILE = path.join(DATA, 'ren-zhengfei-interviews-2019-11-to-2020-03.txt');
const raw = { file: FILE, encoding: 'UTF-8', sha256: 'compilation', text: fs.readFileSync(FILE, 'utf8') };
const tmp = useTmpDir('turnlens-names-cache-');

/** An entities.json with one more title: every window's text stays as it was. */
function editedEntities(dir: string): string {
  const file = path.join(dir, 'entities.json');
  const json = JSON.parse(fs.readFileSync(path.join(DATA, 'entities.json'), 'utf8')) as { titles: string[] };
  json.titles.push('Archduke');
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}

/** Runs `fn` with this thread's window memo emptied first; returns how many windows compromise read. */
function readsIn<T>(fn: () => T): { value: T; reads: number } {
  forgetWindows();
  const before = stats.readHere;
  const value = fn();
  return { value, reads: stats.readHere - before };
}

describe('the names layer', () => {
  it('spares compromise every window it read before, after an edit of entities.json', () => {
    const dir = tmp();
    const ctx = prepare({ dataDir: DATA });
    const spec = cacheSpec(dir, ctx, { dataDir: DATA });
    const first = readsIn(() => processCached(raw, ctx, openCache(spec)));
    expect(first.value.outcome).toBe('miss');
    expect(first.reads).toBeGreaterThan(50);
    const tKey = tokensKey(spec, raw, ctx);
    const stored = readNames(openCache(spec).store, tKey, new StageTotals());
    expect(stored.length).toBe(first.reads);

    const entities = editedEntities(dir);
    const edited = prepare({ dataDir: DATA, entities });
    const editedSpec = cacheSpec(dir, edited, { dataDir: DATA, entities });
    expect(editedSpec.analyzers.entities).not.toBe(spec.analyzers.entities);
    const again = readsIn(() => processCached(raw, edited, openCache(editedSpec)));
    expect(again.value.outcome).toBe('tokens');
    expect(again.reads).toBe(0);
    expect(JSON.stringify(again.value.result)).toBe(JSON.stringify(processDocument(raw, edited)));
  });

  it('reads every window again when the stored names cannot be read, with the same result', () => {
    const dir = tmp();
    const ctx = prepare({ dataDir: DATA });
    const spec = cacheSpec(dir, ctx, { dataDir: DATA });
    const first = readsIn(() => processCached(raw, ctx, openCache(spec)));
    const store = openCache(spec).store;
    const tKey = tokensKey(spec, raw, ctx);
    store.write('names', tKey, { windows: [['some window', [{ kind: 'planet', start: 0, end: 4 }]]] });
    const entities = editedEntities(dir);
    const edited = prepare({ dataDir: DATA, entities });
    const again = readsIn(() => processCached(raw, edited, openCache(cacheSpec(dir, edited, { dataDir: DATA, entities }))));
    expect(again.value.outcome).toBe('tokens');
    expect(again.reads).toBe(first.reads);
    expect(JSON.stringify(again.value.result)).toBe(JSON.stringify(processDocument(raw, edited)));
    // Stored again, readable.
    expect(readNames(store, tKey, new StageTotals()).length).toBe(first.reads);
  });

  const found = (start: number): FoundName[] => [{ kind: 'person', start, end: start + 5 }];
  const cases: Array<[string, Array<[string, FoundName[]]>, Array<[string, FoundName[]]>, StoredNames | undefined]> = [
    ['nothing recorded', [['a', found(0)]], [], undefined],
    ['only windows read back', [['a', found(0)], ['b', found(1)]], [['b', found(1)]], undefined],
    ['a new window: all, sorted', [['b', found(1)]], [['c', found(2)], ['a', found(0)]], { windows: [['a', found(0)], ['b', found(1)], ['c', found(2)]] }],
    ['the first recording', [], [['x', []]], { windows: [['x', []]] }],
  ];
  it.each(cases)('namesToStore: %s', (_name, readBack, recorded, expected) => {
    expect(namesToStore(readBack, new Map(recorded))).toEqual(expected);
  });
});
