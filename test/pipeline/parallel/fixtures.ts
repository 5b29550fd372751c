/**
 * Small documents for the pool and cache tests: varied copies (bench/synth.ts) of the sample's news
 * article and of one panel session cut from the sample compilation, written to a temp folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { variationSource, varyText } from '../../../bench/synth.js';
import { prepare, type AnalyzeOptions } from '../../../pipeline/index.js';
import { processDocuments, type DocumentsRun } from '../../../pipeline/parallel/index.js';

/** The project's data folder (DATA_DIR assumes the compiled layout, dist/pipeline/). */
export const DATA = path.resolve(import.meta.dirname, '..', '..', '..', 'data');

export function writeFixtureCorpus(copies = 3): { dir: string; files: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-docs-'));
  const article = fs.readFileSync(path.join(DATA, 'ren-bbc-interview-news-2019-02.txt'), 'utf8');
  const compilation = fs.readFileSync(path.join(DATA, 'ren-zhengfei-interviews-2019-11-to-2020-03.txt'), 'utf8');
  // A panel discussion with several labelled speakers, from its first interviewer label on.
  const lines = compilation.split('\n');
  const start = lines.findIndex((l) => /^[A-Z][a-z]+ [A-Z][a-z]+: /.test(l));
  const panel = lines.slice(Math.max(0, start - 3), start + 200).join('\n');
  const sources = [variationSource(article), variationSource(panel)];
  const files: string[] = [];
  for (let c = 0; c < copies; c++) {
    sources.forEach((src, i) => {
      const file = path.join(dir, `doc-${c}-${i}.txt`);
      fs.writeFileSync(file, varyText(src, c, 5 + i));
      files.push(file);
    });
  }
  return { dir, files };
}

/** The documents stage as `analyze` runs it: prepare from the options, then processDocuments. */
export function runDocuments(files: string[], options: AnalyzeOptions = {}): Promise<DocumentsRun> {
  const o: AnalyzeOptions = { dataDir: DATA, ...options };
  return processDocuments(files, prepare(o), o);
}
