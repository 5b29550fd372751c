import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mulberry32, variationSource, varyText, writeSyntheticCorpus } from '../../bench/synth.js';

const TEXT = [
  'Stephen Engle: Mr. Ren, in 2019 Huawei was added to the Entity List.',
  'Ren: We are not worried. Huawei will survive, and our suppliers in Germany will help us.',
  'Stephen Engle: What about 2020 and the trade war with Washington?',
  'Ren: The company has enough chips for the next year; our engineers are working hard.',
].join('\n');

const words = (s: string) => s.match(/\p{L}[\p{L}'’-]*/gu) ?? [];

describe('mulberry32', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
  });
});

describe('varyText', () => {
  const src = variationSource(TEXT);

  it('finds names as the words only ever written capitalised', () => {
    expect(src.names).toContain('Huawei');
    expect(src.names).toContain('Engle');
    // "The" also appears as "the": not a name.
    expect(src.names).not.toContain('The');
  });

  it('keeps copy 0 identical to the source', () => {
    expect(varyText(src, 0, 1)).toBe(TEXT);
  });

  it('makes every copy differ, deterministically, keeping lines and word counts', () => {
    const copies = Array.from({ length: 20 }, (_, c) => varyText(src, c, 1));
    expect(new Set(copies).size).toBe(20);
    expect(copies.map((c) => varyText(src, copies.indexOf(c), 1))).toEqual(copies);
    for (const c of copies) {
      expect(c.split('\n').length).toBe(TEXT.split('\n').length);
      expect(words(c).length).toBe(words(TEXT).length);
    }
  });

  it('replaces only lower-case words of 5+ letters, by words with the same last two letters', () => {
    let changed = 0;
    for (let c = 1; c < 40; c++) {
      const a = words(TEXT);
      const b = words(varyText(src, c, 1));
      a.forEach((w, i) => {
        if (w === b[i] || !/^\p{Ll}+$/u.test(w)) return;
        changed += 1;
        expect(w.length).toBeGreaterThanOrEqual(5);
        expect(b[i].slice(-2)).toBe(w.slice(-2));
      });
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('shifts years by one offset per copy', () => {
    for (let c = 1; c < 10; c++) {
      const years = (varyText(src, c, 1).match(/\b\d{4}\b/g) ?? []).map(Number);
      expect(years[1] - years[0]).toBe(1);
      expect(Math.abs(years[0] - 2019)).toBeLessThanOrEqual(3);
    }
  });
});

describe('writeSyntheticCorpus', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('writes copies in sorted copy order and reuses an identical corpus', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-synth-'));
    const source = path.join(tmp, 'interview.txt');
    fs.writeFileSync(source, TEXT);
    dir = path.join(tmp, 'corpus');
    const corpus = writeSyntheticCorpus([source], 12, dir, 3);
    expect(corpus.files.map((f) => path.basename(f))).toEqual(
      Array.from({ length: 12 }, (_, c) => `c${String(c).padStart(3, '0')}-interview.txt`),
    );
    expect([...corpus.files].sort()).toEqual(corpus.files);
    expect(fs.readFileSync(corpus.files[0], 'utf8')).toBe(TEXT);
    const mtime = fs.statSync(corpus.files[5]).mtimeMs;
    const fifth = fs.readFileSync(corpus.files[5], 'utf8');
    const again = writeSyntheticCorpus([source], 12, dir, 3);
    expect(again.bytes).toBe(corpus.bytes);
    expect(fs.statSync(corpus.files[5]).mtimeMs).toBe(mtime);
    // Another seed is another corpus: the folder is rewritten.
    const reseeded = writeSyntheticCorpus([source], 12, dir, 4);
    expect(fs.readFileSync(reseeded.files[5], 'utf8')).not.toBe(fifth);
  });
});
