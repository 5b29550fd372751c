/**
 * Every line of the Big List of Naughty Strings as a speaker name and as speech. In process, each
 * line goes through the whole pipeline on its own; through the CLI, one transcript holding them all
 * must analyse, write out/, and keep every line's speech text somewhere in the turns.
 * The list is read from `$TURNLENS_SHARED/eval/naughty/blns.txt` (default: ../shared beside the project).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../pipeline/cli/run-cli.js';
import { put, tmpProject } from '../pipeline/cli/fixtures.js';
import { runAll, words } from './pipeline.js';
import { sharedPath } from '../helpers/shared.js';

const { path: BLNS, skip } = sharedPath('eval', 'naughty', 'blns.txt');

/** The list's strings: comment and empty lines are its own structure, not test data. */
function naughtyStrings(): string[] {
  return fs
    .readFileSync(BLNS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

let strings: string[] = [];
let dir: string;
beforeAll(() => {
  if (skip) return;
  strings = naughtyStrings();
  dir = tmpProject('turnlens-blns-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(skip)(`naughty strings (${BLNS})`, () => {
  it('the list is there and holds hundreds of strings', () => {
    expect(strings.length).toBeGreaterThan(400);
  });

  it('each string as a speaker name, as speech and alone goes through the whole pipeline, losing no word', () => {
    const failures: string[] = [];
    for (const s of strings) {
      for (const text of [`${s}: We will keep investing.\n\nAlex Morgan: Thank you.`, `Jane Doe: A question?\n\nAlex Morgan: ${s}\n`, `${s}\n`]) {
        try {
          const { doc } = runAll(text, 'naughty.txt');
          const kept = doc.interviews.flatMap((iv) => iv.interview.turns.flatMap((t) => words(`${t.label} ${t.text}`)));
          const removed = doc.removed.flatMap((r) => words(r.what));
          if (kept.length + removed.length !== words(text).length) {
            failures.push(`${JSON.stringify(text)}: ${words(text).length} words in, ${kept.length} in turns + ${removed.length} removed`);
          }
        } catch (e) {
          failures.push(`${JSON.stringify(text)}: ${(e as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('one transcript of all of them through the CLI: exit 0, every speech line kept', () => {
    const lines: string[] = [];
    strings.forEach((s, i) => {
      lines.push(`${s}: Statement number ${i}.`, '', `Alex Morgan: ${s}`, '');
    });
    put(dir, 'in/naughty.txt', lines.join('\n'));
    const r = runCli(['analyze', 'in', '--out', 'out'], { cwd: dir, timeoutMs: 300_000 });
    expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
    expect(r.stdout).toBe('');
    const turns: Array<{ text: string; speaker: string }> = JSON.parse(fs.readFileSync(path.join(dir, 'out/data/turns.json'), 'utf8'));
    const all = ` ${turns.map((t) => `${t.speaker} ${words(t.text).join(' ')}`).join(' ')} `;
    const missing = strings.filter((s) => words(s).length > 0 && !all.includes(words(s).join(' ')));
    expect(missing).toEqual([]);
    // Nothing outside out/ was created from a name in the data.
    expect(fs.readdirSync(dir).sort()).toEqual(['.turnlens-cache', 'in', 'out']);
  });
});
