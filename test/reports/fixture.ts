/** The hand-made Tables fixture, wrapped as an AnalysisResult. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisResult } from '../../pipeline/index.js';
import type { Tables } from '../../pipeline/types.js';

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tables');
export const FIXTURE_TARGETS = ['United States', 'security_trust'];

export function fixtureTables(): Tables {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'tables.json'), 'utf8')) as Tables;
}

export function fixtureResult(tables: Tables = fixtureTables()): AnalysisResult {
  return { docs: [], tables, warnings: [], targets: [...FIXTURE_TARGETS] };
}

/** Writes a report's files under `dir` (tests only; the CLI has its own atomic writer). */
export function writeFiles(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  for (const [name, content] of files) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}
