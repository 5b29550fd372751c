import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYZERS, planAnalyzers } from '../../../analyzers/index.js';
import { analyzerFingerprints, resourceHashes, sameFingerprints } from '../../../pipeline/cache/fingerprints.js';
import { DATA } from '../parallel/fixtures.js';
import { useTmpDir } from '../../helpers/tmp.js';

const tmp = useTmpDir('turnlens-fingerprints-');
const plan = planAnalyzers(ANALYZERS);
const HASHES = { sentiment: 'S', entities: 'E', themes: 'T' };
const TARGETS = { targets: ['United States', 'security_trust'] };
const base = analyzerFingerprints(plan, HASHES, TARGETS);

/** The analyzers whose fingerprints differ from the bundled configuration's. */
const changed = (hashes: typeof HASHES, options = TARGETS): string[] => {
  const now = analyzerFingerprints(plan, hashes, options);
  return plan.map((a) => a.name).filter((n) => now[n] !== base[n]);
};

describe('analyzer fingerprints', () => {
  const CASES: Array<[string, typeof HASHES, typeof TARGETS, string[]]> = [
    ['nothing', HASHES, TARGETS, []],
    ['themes.json', { ...HASHES, themes: 'T2' }, TARGETS, ['themes', 'stance']],
    ['entities.json', { ...HASHES, entities: 'E2' }, TARGETS, ['entities', 'themes', 'terms', 'stance']],
    ['the sentiment lexicons', { ...HASHES, sentiment: 'S2' }, TARGETS, ['sentiment', 'stance']],
    ['the stance targets', HASHES, { targets: ['Huawei'] }, ['stance']],
    ['the order of the stance targets', HASHES, { targets: ['security_trust', 'United States'] }, ['stance']],
  ];
  it.each(CASES)('an edit of %s changes the fingerprints of exactly the analyzers that read it, or what it changed', (_, hashes, options, expected) => {
    expect(changed(hashes, options)).toEqual(expected);
  });

  it('does not depend on which other analyzers are planned', () => {
    const some = analyzerFingerprints(planAnalyzers(ANALYZERS, ['sentiment', 'entities', 'terms']), HASHES, TARGETS);
    expect(some).toEqual({ sentiment: base.sentiment, entities: base.entities, terms: base.terms });
  });

  it('tells which analyzers two configurations share, and reads a foreign note as sharing none', () => {
    const now = analyzerFingerprints(plan, { ...HASHES, themes: 'T2' }, TARGETS);
    expect([...sameFingerprints(now, base)]).toEqual(['sentiment', 'entities', 'terms']);
    for (const foreign of [null, undefined, 'x', 3, [], { sentiment: 1 }]) expect(sameFingerprints(now, foreign).size).toBe(0);
  });
});

describe('resource hashes', () => {
  /** A copy of the data folder's resources, to edit. */
  const copyData = (): string => {
    const dir = tmp();
    fs.cpSync(path.join(DATA, 'sentiment'), path.join(dir, 'sentiment'), { recursive: true });
    for (const f of ['entities.json', 'themes.json']) fs.copyFileSync(path.join(DATA, f), path.join(dir, f));
    return dir;
  };

  it('hash each resource by the files it is read from, and only those', () => {
    const dir = copyData();
    const before = resourceHashes({ dataDir: dir });
    expect(resourceHashes({ dataDir: DATA })).toEqual(before);
    // Files no resource reads: a transcript beside them, a note in the sentiment folder.
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'sentiment', 'README.md'), 'x');
    expect(resourceHashes({ dataDir: dir })).toEqual(before);

    const rules = path.join(dir, 'sentiment', 'rules.json');
    fs.writeFileSync(rules, fs.readFileSync(rules, 'utf8') + '\n');
    const after = resourceHashes({ dataDir: dir });
    expect(after.sentiment).not.toBe(before.sentiment);
    expect({ ...after, sentiment: before.sentiment }).toEqual(before);
  });

  it('hash --themes and --entities files in place of the bundled ones', () => {
    const dir = copyData();
    const themes = path.join(dir, 'other-themes.json');
    fs.writeFileSync(themes, fs.readFileSync(path.join(DATA, 'themes.json'), 'utf8').replace('"covid"', '"pandemic"'));
    const h = resourceHashes({ dataDir: DATA, themes });
    const bundled = resourceHashes({ dataDir: DATA });
    expect(h.themes).not.toBe(bundled.themes);
    expect({ ...h, themes: bundled.themes }).toEqual(bundled);
  });
});
