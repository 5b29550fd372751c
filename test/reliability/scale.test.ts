/**
 * Big and foreign input through the CLI without hanging: a 50 MB single line, a million short
 * lines, and transcripts in Chinese and Arabic. "Without hanging" is measured against the same
 * input at 1/50 of the size on the same machine: the full size may take at most 3 × 50 times as
 * long (linear with slack), so the bound holds on any machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../pipeline/cli/run-cli.js';
import { put, tmpProject } from '../pipeline/cli/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = tmpProject('turnlens-scale-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;
const SCALE = 50;
const SLACK = 3;
/** A run that takes longer than this has hung, whatever the machine (the full sizes take about a minute on two cores). */
const RUN_LIMIT_MS = 600_000;

interface Run {
  ms: number;
  turns: number;
  words: number;
  stderr: string;
}

/** Runs the CLI once on `content` and reads back the counts that show nothing was lost. */
function analyzeFile(name: string, content: string): Run {
  put(dir, `in/${name}`, content);
  const out = path.join(dir, `out-${name}`);
  const r = runCli(['analyze', `in/${name}`, '--out', `out-${name}`, '--no-cache'], { cwd: dir, timeoutMs: RUN_LIMIT_MS });
  expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
  // The report is complete: its page, and a transcript page for the interview.
  expect(fs.statSync(path.join(out, 'report.html')).size).toBeGreaterThan(0);
  expect(fs.readdirSync(path.join(out, 'transcripts')).length).toBeGreaterThan(0);
  const [header, ...rows] = fs.readFileSync(path.join(out, 'data', 'interviews.csv'), 'utf8').trim().split('\n');
  fs.rmSync(out, { recursive: true });
  fs.rmSync(path.join(dir, 'in', name));
  // n_turns and n_words are the last two columns and never quoted; earlier ones may hold commas.
  const columns = header.split(',');
  expect(columns.slice(-2)).toEqual(['n_turns', 'n_words']);
  const sum = (back: number) => rows.reduce((n, l) => n + Number(l.split(',').at(back)), 0);
  return { ms: r.ms, turns: sum(-2), words: sum(-1), stderr: r.stderr };
}

interface Expected {
  turns: number;
  words: number;
}

/**
 * Runs `build(full / SCALE)` and `build(full)` once each through the CLI; both must keep every turn and
 * word, and the big one must finish within SLACK × SCALE the small one's time.
 */
function scaled(name: string, full: number, build: (size: number) => string, expected: (size: number) => Expected): void {
  it(`${name}: full size within ${SLACK}×${SCALE} the time of 1/${SCALE}, nothing lost`, () => {
    const small = analyzeFile(`${name}-small.txt`, build(full / SCALE));
    expect({ turns: small.turns, words: small.words }).toEqual(expected(full / SCALE));
    const big = analyzeFile(`${name}-full.txt`, build(full));
    expect({ turns: big.turns, words: big.words }).toEqual(expected(full));
    expect(big.ms, `1/${SCALE} size: ${small.ms} ms, full size: ${big.ms} ms`).toBeLessThan(small.ms * SCALE * SLACK);
  }, 2 * RUN_LIMIT_MS + 60_000);
}

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
const SENTENCE = 'The network is secure and we trust our customers in Europe. ';
const EXCHANGE = 'Q: Do you trust them?\nA: Yes, we do.\n';

describe('scale', () => {
  // No speaker labels: one monologue of one turn holding every word.
  scaled('single line of 50 MB', 50 * MB, (bytes) => fill(SENTENCE, bytes), (bytes) => ({
    turns: 1,
    words: Math.ceil(bytes / Buffer.byteLength(SENTENCE)) * 11,
  }));
  // One turn per line; the labels are not words.
  scaled('a million short lines', 1_000_000, (lines) => EXCHANGE.repeat(lines / 2), (lines) => ({ turns: lines, words: (lines / 2) * 7 }));
});

describe('other scripts', () => {
  const cases: Array<[string, string]> = [
    ['Chinese with full-width colons', '任正非访谈\n\n记者：您如何看待美国的制裁？\n\n任正非：我们不会因为制裁而停止研究。我们相信客户。\n\n记者：谢谢。\n'],
    ['Arabic', 'مقابلة\n\nالمذيع: ما رأيك في العقوبات الأمريكية؟\n\nرن تشنغفي: سنواصل البحث. نحن نثق بعملائنا.\n'],
    ['mixed scripts and emoji', 'Ведущий: Что вы думаете? 🤔\n\nRen Zhengfei: 我们 will continue. שלום. 🙂\n'],
    ['right-to-left override and combining marks', 'A\u202Eb: te\u0301xt\u0301 z\u0351\u0352\u0353algo\n\nB: done.\n'],
  ];
  it.each(cases)('%s', (name, text) => {
    const file = `${name.replace(/\W+/g, '-')}.txt`;
    const r = analyzeFile(file, text);
    expect(r.turns).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(60_000);
  });
});
