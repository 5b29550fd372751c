/** The sample corpus through clean → split → turns, with and without the manifest (shared by tests). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../../../pipeline/clean/index.js';
import { split } from '../../../pipeline/split/index.js';
import { findTurns } from '../../../pipeline/turns/index.js';
import { loadManifest, manifestFor } from '../../../pipeline/manifest.js';
import type { CleanDoc, Interview, RawDoc } from '../../../pipeline/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const COMPILATION = 'data/ren-zhengfei-interviews-2019-11-to-2020-03.txt';
export const ARTICLE = 'data/ren-bbc-interview-news-2019-02.txt';
export const MANIFEST = path.join(ROOT, 'data', 'manifest.json');

export function readRaw(file: string): RawDoc {
  return { file, encoding: 'UTF-8', text: fs.readFileSync(path.join(ROOT, file), 'utf8'), sha256: '' };
}

export function model(file: string, withManifest: boolean): { raw: RawDoc; cleaned: CleanDoc; interviews: Interview[]; warnings: string[] } {
  const raw = readRaw(file);
  const doc = withManifest ? manifestFor(loadManifest(MANIFEST), file) : undefined;
  const cleaned = clean(raw, doc);
  const found = split(cleaned, doc).map((s) => findTurns(s, cleaned, doc));
  return { raw, cleaned, interviews: found.map((f) => f.interview), warnings: found.flatMap((f) => f.warnings) };
}
