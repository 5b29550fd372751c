/**
 * runAnalyze writes out/ file by file: report files reach the staging folder as the builder emits
 * them, table files while it builds (a small corpus) or after it, and out/ is replaced only when
 * everything succeeded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze, TABLES_MEANWHILE_MAX_SENTENCES, tablesWhileReporting, type BuildReport } from '../../pipeline/run.js';
import { tablePaths } from '../../pipeline/output/tables.js';
import { OUT_MARKER } from '../../pipeline/output/write.js';
import { TurnlensError } from '../../pipeline/messages.js';
import { SMALL_TRANSCRIPT } from './cli/fixtures.js';
import { useTempCwd, write } from '../helpers/tmp.js';
import { cacheEntries } from './cache/entries.js';
import { DATA } from './parallel/fixtures.js';
import { editThemes } from '../../bench/edits.js';

const dir = useTempCwd();
const staged = (): string[] => fs.readdirSync(dir()).filter((n) => n.startsWith('.out.tmp-'));
const run = (buildReport: BuildReport, extra: { keepDocs?: boolean } = {}) =>
  runAnalyze(['in'], { out: 'out', cache: false, buildReport, ...extra });

async function rejection(p: Promise<unknown>): Promise<TurnlensError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TurnlensError) return e;
    throw e;
  }
  throw new Error('expected a TurnlensError');
}

function previousOut(): void {
  write(dir(), 'out/keep.txt', 'previous');
  write(dir(), `out/${OUT_MARKER}`, 'm');
}

describe('runAnalyze: outputs are written as they are made', () => {
  it('an emitted report file is on disk before the builder makes the next one; tables follow; out/ is swapped at the end', async () => {
    write(dir(), 'in/a.txt', SMALL_TRANSCRIPT);
    previousOut();
    const seen: string[] = [];
    const summary = await run(async (result, _options, emit) => {
      for (const name of ['report.html', 'transcripts/a.html']) {
        emit(name, `<p>${result.tables.turns.length}</p>`);
        const [stage] = staged();
        expect(fs.readFileSync(path.join(dir(), stage, ...name.split('/')), 'utf8')).toMatch(/^<p>\d+<\/p>$/);
        seen.push(name);
      }
      // A small corpus's tables are written while the builder waits (here: one turn of the event loop).
      expect(fs.existsSync(path.join(dir(), staged()[0], 'data'))).toBe(false);
      await new Promise((resolve) => setImmediate(resolve));
      for (const t of tablePaths()) expect(fs.existsSync(path.join(dir(), staged()[0], t)), t).toBe(true);
      expect(fs.readFileSync('out/keep.txt', 'utf8')).toBe('previous');
    });
    expect(seen).toEqual(['report.html', 'transcripts/a.html']);
    const files = [...tablePaths(), 'report.html', 'transcripts/a.html'];
    for (const f of files) expect(fs.existsSync(path.join('out', f)), f).toBe(true);
    expect(fs.existsSync('out/keep.txt')).toBe(false);
    expect(summary.files).toBe(files.length);
    expect(fs.readdirSync(dir()).sort()).toEqual(['in', 'out']);
  });

  it('writes the tables during the report up to a corpus size, after it beyond (so they do not add to the report\'s peak memory)', () => {
    const withSentences = (n: number) => ({ sentences: { length: n } }) as Parameters<typeof tablesWhileReporting>[0];
    expect(tablesWhileReporting(withSentences(0))).toBe(true);
    expect(tablesWhileReporting(withSentences(TABLES_MEANWHILE_MAX_SENTENCES))).toBe(true);
    expect(tablesWhileReporting(withSentences(TABLES_MEANWHILE_MAX_SENTENCES + 1))).toBe(false);
  });

  it('a builder that returns its files in a Map still works', async () => {
    write(dir(), 'in/a.txt', SMALL_TRANSCRIPT);
    const summary = await run(async () => new Map<string, string | Uint8Array>([['report.html', 'r'], ['img.bin', new Uint8Array([1, 2])]]));
    expect(fs.readFileSync('out/report.html', 'utf8')).toBe('r');
    expect([...fs.readFileSync('out/img.bin')]).toEqual([1, 2]);
    expect(summary.files).toBe(tablePaths().length + 2);
  });

  it('a report file that would replace a table fails as an internal error; out/ and its neighbours stay as they were', async () => {
    write(dir(), 'in/a.txt', SMALL_TRANSCRIPT);
    previousOut();
    const e = await rejection(run(async (_r, _o, emit) => emit('data/turns.csv', 'x')));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('report file "data/turns.csv" would replace a table');
    expect(fs.readFileSync('out/keep.txt', 'utf8')).toBe('previous');
    expect(staged()).toEqual([]);
  });

  it('a builder that fails midway leaves the previous out/ and no staging folder', async () => {
    write(dir(), 'in/a.txt', SMALL_TRANSCRIPT);
    previousOut();
    const failing: BuildReport = async (_r, _o, emit) => {
      emit('report.html', 'half');
      throw new TurnlensError('turnlens: no such speaker "X"', 1);
    };
    expect((await rejection(run(failing))).message).toContain('no such speaker');
    expect(fs.readFileSync('out/keep.txt', 'utf8')).toBe('previous');
    expect(staged()).toEqual([]);
  });

  it('lets go of the per-document results unless keepDocs is set', async () => {
    write(dir(), 'in/a.txt', SMALL_TRANSCRIPT);
    let docsSeen = -1;
    const builder: BuildReport = async (result) => {
      docsSeen = result.docs.length;
    };
    const light = await run(builder);
    expect([docsSeen, light.result.docs.length]).toEqual([0, 0]);
    expect(light.result.tables.turns.length).toBeGreaterThan(0);
    const kept = await run(builder, { keepDocs: true });
    expect([docsSeen, kept.result.docs.length]).toEqual([1, 1]);
    expect(kept.result.tables).toEqual(light.result.tables);
  });
});

describe('runAnalyze: cache writes wait for the report', () => {
  it('holds a small corpus\'s cache writes while the report starts, and writes them before returning', async () => {
    write(dir(), 'in/a.txt', SMALL_TRANSCRIPT);
    const cacheDir = path.join(dir(), 'cache');
    const cached = (): number => cacheEntries(cacheDir).length;
    let atReport = -1;
    await runAnalyze(['in'], {
      out: 'out',
      cacheDir,
      buildReport: async () => {
        atReport = cached();
        return new Map([['report.html', '<p></p>']]);
      },
    });
    expect(atReport).toBe(0);
    // The one document's tokens, its results, and the link from one to the other.
    expect(cached()).toBe(3);
    // And they are the cache the next run reads: it tokenizes nothing.
    const stages: string[] = [];
    await runAnalyze(['in'], { out: 'out', cacheDir, buildReport: async () => new Map([['report.html', '<p></p>']]), onStage: (s) => stages.push(s) });
    expect(stages).toContain('documents/cache read');
    expect(stages).not.toContain('documents/sentences');
  });
});

describe('runAnalyze: the cache cap', () => {
  it('prunes once the held writes are written: an edit leaves what it read and wrote, not older results', async () => {
    write(dir(), 'in/a.txt', SMALL_TRANSCRIPT);
    const cacheDir = path.join(dir(), 'cache');
    const report: BuildReport = async () => new Map([['report.html', '<p></p>']]);
    const results = (): string[] => cacheEntries(path.join(cacheDir, 'results')).sort();
    // As if every run so far were an hour ago (a run within USED_MARGIN_MS of another counts as using its entries).
    const age = (): void => {
      const old = new Date(Date.now() - 3_600_000);
      for (const e of fs.readdirSync(cacheDir, { recursive: true, withFileTypes: true })) {
        if (e.isFile() && e.name.endsWith('.entry')) fs.utimesSync(path.join(e.parentPath, e.name), old, old);
      }
    };
    const edit = async (name: string, cue: string): Promise<string[]> => {
      const src = path.join(dir(), `${name}-src.json`);
      const doc = JSON.parse(fs.readFileSync(path.join(DATA, 'themes.json'), 'utf8')) as { themes: Array<{ cues: Record<string, number> }> };
      doc.themes[0].cues[cue] = 1;
      fs.writeFileSync(src, JSON.stringify(doc));
      const themes = editThemes(src, path.join(dir(), `${name}.json`));
      const stages: string[] = [];
      await runAnalyze(['in'], { out: 'out', cacheDir, themes, cacheMaxBytes: 0, buildReport: report, onStage: (s) => stages.push(s) });
      expect(stages).toContain('cache prune');
      expect(stages).not.toContain('documents/sentences');
      return stages;
    };
    await runAnalyze(['in'], { out: 'out', cacheDir, buildReport: report });
    expect(cacheEntries(cacheDir)).toHaveLength(3);
    const [bundled] = results();
    age();
    await edit('first', 'first edit');
    // Kept: the tokens, the bundled results (they lent the edit what it did not change), the link, and the edit's results.
    expect(cacheEntries(cacheDir)).toHaveLength(4);
    const firstEdit = results().filter((e) => e !== bundled);
    expect(firstEdit).toHaveLength(1);
    age();
    await edit('second', 'second edit');
    // The bundled results were neither read nor written by the second edit: gone. The first edit's lent to it.
    const left = results();
    expect(left).toHaveLength(2);
    expect(left).not.toContain(bundled);
    expect(left).toContain(firstEdit[0]);
    expect(cacheEntries(path.join(cacheDir, 'tokens'))).toHaveLength(1);
  });

  it('refuses a negative cap before reading anything', async () => {
    await expect(runAnalyze(['missing'], { out: 'out', cacheMaxBytes: -1, buildReport: async () => undefined })).rejects.toThrow(
      /^turnlens: cacheMaxBytes "-1": expected a number of bytes ≥ 0/,
    );
  });
});
