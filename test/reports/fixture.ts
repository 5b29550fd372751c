/** The hand-made Tables fixture, wrapped as an AnalysisResult. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisResult } from '../../pipeline/index.js';
import type { Tables } from '../../pipeline/types.js';
import { DEFAULT_AGGREGATE } from '../../analyzers/stance/rows.js';

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tables');
export const FIXTURE_TARGETS = ['United States', 'security_trust'];

export function fixtureTables(): Tables {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'tables.json'), 'utf8')) as Tables;
}

/**
 * The fixture's three interviews `copies` times over, a year later each time (so copy c is the c-th
 * group of three), with sentiment and stance scores scaled down a little per copy so groups differ.
 */
export function fixtureCopies(copies: number): Tables {
  const t = fixtureTables();
  const idOf = (id: string, c: number) => `${id}~${c}`;
  const evidence = (ids: string, c: number) =>
    ids.split(';').filter(Boolean).map((s) => {
      const cut = s.lastIndexOf(':', s.lastIndexOf(':') - 1);
      return idOf(s.slice(0, cut), c) + s.slice(cut);
    }).join(';');
  const each = <R extends { interview_id: string }>(rows: readonly R[], f: (r: R, c: number) => Partial<R> = () => ({})): R[] =>
    Array.from({ length: copies }, (_, c) => rows.map((r) => ({ ...r, interview_id: idOf(r.interview_id, c), ...f(r, c) }))).flat();
  const scale = (c: number) => 1 - c / 50;
  return {
    ...t,
    interviews: each(t.interviews, (r, c) => ({ date: r.date ? `${Number(r.date.slice(0, 4)) + c}${r.date.slice(4)}` : r.date })),
    turns: each(t.turns),
    sentences: each(t.sentences, (r, c) => ({ sentiment: r.sentiment * scale(c) })),
    mentions: each(t.mentions),
    themes: each(t.themes),
    keyness: each(t.keyness),
    collocations: each(t.collocations),
    stance: each(t.stance, (r, c) => ({ evidence: evidence(r.evidence, c) })),
    turnStance: each(t.turnStance, (r, c) => ({ score: r.score * scale(c), evidence: evidence(r.evidence, c) })),
  };
}

export function fixtureResult(tables: Tables = fixtureTables()): AnalysisResult {
  return { docs: [], tables, warnings: [], targets: [...FIXTURE_TARGETS], aggregate: DEFAULT_AGGREGATE };
}

/** Writes a report's files under `dir` (tests only; the CLI has its own atomic writer). */
export function writeFiles(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  for (const [name, content] of files) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}
