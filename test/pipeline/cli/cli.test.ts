/**
 * The CLI as a user meets it: help, exit codes (0 ok, 1 usage, 2 input), one-line errors, stdout
 * clean, the manifest found in an input folder, `score` as JSON lines.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLine, readTree, runCli } from './run-cli.js';
import { SMALL_TRANSCRIPT, put, tmpProject } from './fixtures.js';
import { SHOWN_WARNINGS } from '../../../pipeline/cli/warnings.js';

let dir: string;
beforeAll(() => {
  dir = tmpProject();
  put(dir, 'talks/one.txt', SMALL_TRANSCRIPT);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input?: string) => runCli(args, { cwd: dir, input });

describe('help and usage', () => {
  it('--help lists the commands and exit codes on stdout, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/analyze/);
    expect(r.stdout).toMatch(/score/);
    expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 usage error, 2 input error/);
    expect(r.stderr).toBe('');
  });
  it('analyze --help shows every option', () => {
    const r = run(['analyze', '--help']);
    expect(r.code).toBe(0);
    for (const o of ['--manifest', '--out', '--targets', '--speaker', '--from', '--to', '--compare', '--entities', '--themes', '--debug']) {
      expect(r.stdout).toContain(o);
    }
  });
  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['no arguments', [], /Usage: turnlens/],
    ['unknown command', ['analyse', 'talks'], /^turnlens: unknown command 'analyse'/],
    ['unknown option', ['analyze', 'talks', '--colour'], /^turnlens: unknown option '--colour'/],
    ['no inputs', ['analyze'], /^turnlens: analyze needs at least one file or folder/],
    ['option without value', ['analyze', 'talks', '--out'], /^turnlens: option '-o, --out <dir>' argument missing/],
    ['bad --from', ['analyze', 'talks', '--from', '2019-13-01'], /^turnlens: --from "2019-13-01": expected a date/],
    ['--from after --to', ['analyze', 'talks', '--from', '2020', '--to', '2019-06'], /^turnlens: --from "2020" is after --to "2019-06"/],
    ['--compare with one id', ['analyze', 'talks', '--compare', 'x'], /^turnlens: --compare needs two interview ids/],
    ['empty --targets', ['analyze', 'talks', '--targets', ' , '], /^turnlens: --targets needs at least one/],
    ['bad --jobs', ['analyze', 'talks', '--jobs', 'many'], /^turnlens: --jobs "many"/],
    ['bad --cache-max', ['analyze', 'talks', '--cache-max', 'lots'], /^turnlens: --cache-max "lots": expected a size in MiB/],
    ['negative --cache-max', ['analyze', 'talks', '--cache-max=-1'], /^turnlens: --cache-max "-1": expected a size in MiB/],
  ];
  it.each(usage)('%s → exit 1', (_name, args, pattern) => {
    const r = run(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    if (args.length === 0) expect(r.stderr).toMatch(pattern);
    else expect(errorLine(r)).toMatch(pattern);
  });
});

describe('analyze', () => {
  it('writes the tables and the report, stdout stays empty, summary on stderr', () => {
    const r = run(['analyze', 'talks', '--out', 'res']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^turnlens: wrote \d+ files to res\/ \(1 interviews, 4 turns\)\n$/);
    const files = readTree(`${dir}/res`);
    for (const t of ['interviews', 'turns', 'removed', 'sentences', 'mentions', 'themes', 'keyness', 'collocations', 'stance', 'turn_stance']) {
      expect(files.has(`data/${t}.csv`), t).toBe(true);
      expect(files.has(`data/${t}.json`), t).toBe(true);
    }
    expect(files.has('report.html')).toBe(true);
    const turns = files.get('data/turns.csv')!.toString('utf8').split('\n');
    expect(turns[0]).toBe('interview_id,turn_index,speaker,role,affiliation,answers_turn,source_file,source_line,n_words,text');
    expect(turns.filter((l) => l.includes('talks/one.txt')).length).toBe(4);
  });

  it('a manifest.json in the input folder is used automatically; --manifest overrides it', () => {
    const manifest = (title: string) =>
      JSON.stringify({
        documents: [{ file: 'one.txt', kind: 'transcript', interviews: [{ id: 'morgan-2020', title, date: '2020-01-02', outlets: ['The Daily Ledger'] }] }],
      });
    put(dir, 'withm/one.txt', SMALL_TRANSCRIPT);
    put(dir, 'withm/manifest.json', manifest('From the folder'));
    put(dir, 'other.json', manifest('From the flag'));
    const auto = run(['analyze', 'withm', '--out', 'm1']);
    expect(auto.code, auto.stderr).toBe(0);
    expect(fs.readFileSync(`${dir}/m1/data/interviews.csv`, 'utf8')).toContain('morgan-2020,From the folder,2020-01-02');
    const flag = run(['analyze', 'withm', '--out', 'm2', '--manifest', 'other.json']);
    expect(flag.code, flag.stderr).toBe(0);
    expect(fs.readFileSync(`${dir}/m2/data/interviews.csv`, 'utf8')).toContain('morgan-2020,From the flag,2020-01-02');
  });

  it('--debug adds the stack trace to an error; without it there is none', () => {
    const plain = run(['analyze', 'missing.txt']);
    expect(plain.code).toBe(2);
    expect(errorLine(plain)).toBe('turnlens: "missing.txt": no such file or folder');
    const debug = run(['analyze', 'missing.txt', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr.split('\n')[0]).toBe('turnlens: "missing.txt": no such file or folder');
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('an unknown --compare id or --speaker is a usage error listing the choices', () => {
    const c = run(['analyze', 'talks', '--out', 'c', '--compare', 'nope', 'also-nope']);
    expect(c.code).toBe(1);
    expect(errorLine(c)).toMatch(/^turnlens: --compare: no interview with id "nope"; interviews: /);
    const s = run(['analyze', 'talks', '--out', 'c', '--speaker', 'Nobody']);
    expect(s.code).toBe(1);
    expect(errorLine(s)).toMatch(/^turnlens: --speaker: no speaker named "Nobody"; speakers: .*Alex Morgan/);
    expect(fs.existsSync(`${dir}/c`)).toBe(false);
  });

  it('text without speaker labels is one monologue, with a warning on stderr', () => {
    put(dir, 'mono/essay.txt', 'This is a short essay without any speaker labels.\n\nIt has two paragraphs.\n');
    const r = run(['analyze', 'mono', '--out', 'mono-out']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('turnlens: warning: "mono/essay.txt": no speaker labels found; analysed as one monologue');
    const turns: Array<{ speaker: string; text: string }> = JSON.parse(fs.readFileSync(`${dir}/mono-out/data/turns.json`, 'utf8'));
    expect(turns.length).toBeGreaterThan(0);
    expect(new Set(turns.map((t) => t.speaker)).size).toBe(1);
    expect(turns.map((t) => t.text).join(' ')).toContain('It has two paragraphs.');
  });

  it(`prints the first ${SHOWN_WARNINGS} warnings and counts the rest; the report lists every one`, () => {
    const n = SHOWN_WARNINGS + 3;
    for (let i = 0; i < n; i++) put(dir, `many/essay-${String(i).padStart(2, '0')}.txt`, `Essay ${i} has no speaker labels.\n`);
    const r = run(['analyze', 'many', '--out', 'many-out']);
    expect(r.code, r.stderr).toBe(0);
    const warned = r.stderr.split('\n').filter((l) => l.startsWith('turnlens: warning:'));
    expect(warned).toHaveLength(SHOWN_WARNINGS + 1);
    expect(warned.slice(0, SHOWN_WARNINGS).every((l) => l.endsWith('no speaker labels found; analysed as one monologue'))).toBe(true);
    // One warning per file, and one more for each file after the first: its interview id was taken.
    const all = 2 * n - 1;
    expect(warned.at(-1)).toBe(`turnlens: warning: ${all - SHOWN_WARNINGS} more warnings not shown; every warning is listed in "many-out/report.html" (Methods, Warnings)`);
    const report = fs.readFileSync(`${dir}/many-out/report.html`, 'utf8');
    const methods = report.slice(report.indexOf('<h3>Warnings</h3>'));
    expect(methods.match(/<li>turnlens: warning: /g)).toHaveLength(all);
    expect(methods).toContain(`renamed to &quot;undated-interview-1-${n}&quot;`);
  });

  it("lists the run's own warnings in the report too: a second input folder's manifest, ignored", () => {
    for (const f of ['left', 'right']) {
      put(dir, `${f}/talk.txt`, `A talk in ${f} without speaker labels.\n`);
      put(dir, `${f}/manifest.json`, '{"documents": []}');
    }
    const r = run(['analyze', 'left', 'right', '--out', 'two-out']);
    expect(r.code, r.stderr).toBe(0);
    const line = 'turnlens: warning: using manifest "left/manifest.json"; ignoring "right/manifest.json" (pass --manifest to choose)';
    expect(r.stderr.split('\n')[0]).toBe(line);
    const report = fs.readFileSync(`${dir}/two-out/report.html`, 'utf8');
    expect(report).toContain(`<li>${line.replace(/"/g, '&quot;')}</li>`);
  });
});

describe('score', () => {
  it('one JSON object per stdin line, in order, empty lines included', () => {
    const r = run(['score', '--target', 'United States'], 'We respect the United States.\n\nThe sanctions are unfair and hurt us.\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.text)).toEqual(['We respect the United States.', '', 'The sanctions are unfair and hurt us.']);
    expect(lines[0].entities[0].name).toBe('United States');
    expect(lines[0].stance.target).toBe('United States');
    expect(Object.keys(lines[2])).toEqual(['text', 'sentiment', 'entities', 'themes', 'stance']);
  });
});

describe('sentiment', () => {
  it('one {text, score, label} per stdin line, in order, as `score` scores the line', () => {
    // More lines than one batch, so batches are joined in order.
    const texts = Array.from({ length: 1100 }, (_, i) => ['We love this phone.', '', 'The sanctions are unfair and hurt us.', 'The meeting is on Monday.'][i % 4]);
    const r = run(['sentiment'], texts.join('\n') + '\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.text)).toEqual(texts);
    expect(Object.keys(lines[0])).toEqual(['text', 'score', 'label']);
    expect(lines.slice(0, 4).map((l) => l.label)).toEqual(['positive', 'neutral', 'negative', 'neutral']);
    const scored = run(['score'], texts.slice(0, 4).join('\n') + '\n');
    const viaScore = scored.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).sentiment);
    expect(lines.slice(0, 4).map(({ score, label }) => ({ score, label }))).toEqual(viaScore);
  });
});
