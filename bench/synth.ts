/**
 * A synthetic corpus of N differing copies of the sample documents, for the scale benchmark.
 * Each copy is varied deterministically (a seeded PRNG per copy) so no two files share a hash and
 * the text keeps the sample's shape (labels, paragraphs, page artifacts, sentence lengths):
 *   - proper names: words that only ever appear capitalised are permuted among themselves,
 *     consistently within a copy (so a speaker keeps one name across the copy);
 *   - dates: four-digit years 1990–2039 shift by a per-copy offset of −3…+3;
 *   - words: about 5% of lower-case words of five letters or more are replaced by another such word
 *     of the same document with the same last two letters ("-ed", "-ly", "-ng"…), which mostly keeps
 *     the part of speech; short function words ("not", "the", "of") are kept, so sentences keep the
 *     shapes the pipeline sees.
 * Copy 0 is the sample unchanged, so 1× of the synthetic corpus is the sample itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng } from '../analyzers/stance/bootstrap.js';

/** Same seed → same sequence on every machine: the stance bootstrap's generator serves here too. */
export const mulberry32 = prng;

const WORD = /\p{L}[\p{L}'’-]*/gu;
const YEAR = /\b(199\d|20[0-3]\d)\b/g;
const MIN_VARIED_LENGTH = 5;

/** What a document offers for variation, computed once per source text. */
export interface VariationSource {
  text: string;
  /** Words seen only capitalised (names, places, organisations), sorted. */
  names: string[];
  /** Distinct lower-case words by their last two letters, each list sorted. */
  wordsBySuffix: Map<string, string[]>;
}

export function variationSource(text: string): VariationSource {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const [w] of text.matchAll(WORD)) {
    if (w.length < 3) continue;
    if (/^\p{Lu}\p{Ll}/u.test(w)) capitalised.add(w);
    else if (/^\p{Ll}+$/u.test(w)) lower.add(w);
  }
  const names = [...capitalised].filter((w) => !lower.has(w.toLowerCase())).sort();
  const wordsBySuffix = new Map<string, string[]>();
  for (const w of [...lower].sort()) {
    if (w.length < MIN_VARIED_LENGTH) continue;
    const key = w.slice(-2);
    const list = wordsBySuffix.get(key);
    if (list) list.push(w);
    else wordsBySuffix.set(key, [w]);
  }
  return { text, names, wordsBySuffix };
}

export function varyText(src: VariationSource, copy: number, seed: number): string {
  if (copy === 0) return src.text;
  const rand = mulberry32(seed * 1_000_003 + copy);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  // A partial permutation of names: each name is kept or mapped to another, consistently.
  const rename = new Map<string, string>();
  for (const n of src.names) if (rand() < 0.3) rename.set(n, pick(src.names));
  const yearShift = Math.floor(rand() * 7) - 3;
  return src.text
    .replace(YEAR, (y) => String(Number(y) + yearShift))
    .replace(WORD, (w) => {
      const renamed = rename.get(w);
      if (renamed !== undefined) return renamed;
      if (w.length >= MIN_VARIED_LENGTH && /^\p{Ll}+$/u.test(w) && rand() < 0.05) {
        return pick(src.wordsBySuffix.get(w.slice(-2)) ?? [w]);
      }
      return w;
    });
}

export interface SyntheticCorpus {
  dir: string;
  files: string[];
  bytes: number;
}

/**
 * Writes copies 0…copies−1 of every source file into `dir` as `c007-<name>` (sorted = copy order).
 * Reuses the folder when it already holds exactly this corpus (same sources, copies and seed).
 */
export function writeSyntheticCorpus(sources: string[], copies: number, dir: string, seed = 42): SyntheticCorpus {
  const stamp = JSON.stringify({
    sources: sources.map((s) => [path.basename(s), fs.statSync(s).size]),
    copies,
    seed,
    version: 3,
  });
  const stampFile = path.join(dir, '.synthetic.json');
  const names = (copy: number) =>
    sources.map((s) => path.join(dir, `c${String(copy).padStart(3, '0')}-${path.basename(s)}`));
  const files = Array.from({ length: copies }, (_, c) => names(c)).flat();
  const reusable =
    fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp && files.every((f) => fs.existsSync(f));
  if (!reusable) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const srcs = sources.map((s) => variationSource(fs.readFileSync(s, 'utf8')));
    for (let c = 0; c < copies; c++) {
      const out = names(c);
      srcs.forEach((src, i) => fs.writeFileSync(out[i], varyText(src, c, seed * 31 + i)));
    }
    fs.writeFileSync(stampFile, stamp);
  }
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  return { dir, files, bytes };
}
