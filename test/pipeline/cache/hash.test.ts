import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathHash, sha256, stableHash } from '../../../pipeline/cache/hash.js';

/** A resource-like value built fresh each call, as `prepare` builds it on every run. */
const resource = (extra: Record<string, unknown> = {}) => ({
  valence: new Map([
    ['good', 1.9],
    ['bad', -2.5],
  ]),
  negators: new Set(['not', 'never']),
  themes: [{ id: 'security_trust', cues: [{ lemma: 'backdoor', weight: 2 }] }],
  ...extra,
});

describe('stableHash', () => {
  it('is the same for equal values built the same way', () => {
    expect(stableHash(resource())).toBe(stableHash(resource()));
    expect(stableHash(resource())).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a changed valence', { valence: new Map([['good', 2], ['bad', -2.5]]) }],
    ['an added negator', { negators: new Set(['not', 'never', 'no']) }],
    ['a changed cue weight', { themes: [{ id: 'security_trust', cues: [{ lemma: 'backdoor', weight: 1 }] }] }],
    ['an added cue', { themes: [{ id: 'security_trust', cues: [{ lemma: 'backdoor', weight: 2 }, { lemma: 'spy', weight: 1 }] }] }],
    ['a number written as a string', { themes: [{ id: 'security_trust', cues: [{ lemma: 'backdoor', weight: '2' }] }] }],
    ['an added field', { alias: 'US' }],
  ])('changes with %s', (_name, change) => {
    expect(stableHash(resource(change))).not.toBe(stableHash(resource()));
  });

  it.each([
    ['array order', [1, 2], [2, 1]],
    ['null vs undefined', { a: null }, { a: undefined }],
    ['string boundaries', ['ab', 'c'], ['a', 'bc']],
  ])('tells apart %s', (_name, a, b) => {
    expect(stableHash(a)).not.toBe(stableHash(b));
  });

  it('hashes values holding functions by their source, and survives cycles', () => {
    const f = (x: number) => x + 1;
    const g = (x: number) => x + 2;
    expect(stableHash({ f, re: /us/i })).toBe(stableHash({ f, re: /us/i }));
    expect(stableHash({ f })).not.toBe(stableHash({ f: g }));
    expect(stableHash({ f, re: /us/i })).not.toBe(stableHash({ f, re: /us/ }));
    const o: Record<string, unknown> = { a: 1, f };
    o.self = o;
    expect(stableHash(o)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('sha256', () => {
  it('separates its parts', () => {
    expect(sha256('ab', 'c')).not.toBe(sha256('a', 'bc'));
    expect(sha256('x')).toBe(sha256('x'));
  });
});

describe('pathHash', () => {
  it('follows every file of a folder, but not dot-entries such as the cache folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-pathhash-'));
    try {
      fs.mkdirSync(path.join(dir, 'sentiment'));
      fs.writeFileSync(path.join(dir, 'themes.json'), '{"themes":[]}');
      fs.writeFileSync(path.join(dir, 'sentiment', 'rules.json'), '{"a":1}');
      const before = pathHash(dir);
      expect(pathHash(dir)).toBe(before);
      fs.mkdirSync(path.join(dir, '.turnlens-cache'));
      fs.writeFileSync(path.join(dir, '.turnlens-cache', 'x.v8'), 'cached');
      expect(pathHash(dir)).toBe(before);
      fs.writeFileSync(path.join(dir, 'sentiment', 'rules.json'), '{"a":2}');
      expect(pathHash(dir)).not.toBe(before);
      fs.writeFileSync(path.join(dir, 'sentiment', 'rules.json'), '{"a":1}');
      expect(pathHash(dir)).toBe(before);
      fs.renameSync(path.join(dir, 'themes.json'), path.join(dir, 'themes2.json'));
      expect(pathHash(dir)).not.toBe(before);
      expect(pathHash(path.join(dir, 'themes2.json'))).not.toBe(pathHash(path.join(dir, 'missing.json')));
      expect(pathHash(path.join(dir, 'missing.json'))).toBe(pathHash(path.join(dir, 'other-missing.json')));
      // With an extension filter, other files (transcripts beside the resources) do not count.
      const jsonOnly = pathHash(dir, '.json');
      fs.writeFileSync(path.join(dir, 'new-interview.txt'), 'Q: Hello?');
      expect(pathHash(dir, '.json')).toBe(jsonOnly);
      expect(pathHash(dir)).not.toBe(pathHash(dir, '.json'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
