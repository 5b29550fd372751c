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

function analyzeFile(name: string, content: string): { ms: number; turns: number } {
  put(dir, `in/${name}`, content);
  const r = runCli(['analyze', `in/${name}`, '--out', `out-${name}`, '--no-cache'], { cwd: dir, timeoutMs: 1_200_000 });
  expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
  const interviews = fs.readFileSync(path.join(dir, `out-${name}`, 'data', 'interviews.csv'), 'utf8');
  fs.rmSync(path.join(dir, `out-${name}`), { recursive: true });
  fs.rmSync(path.join(dir, 'in', name));
  const turns = interviews.trim().split('\n').slice(1).reduce((n, l) => n + Number(l.split(',').at(-2)), 0);
  return { ms: r.ms, turns };
}

/** Runs `build(full / SCALE)` and `build(full)`; the big one must finish within SLACK × SCALE the small one's time. */
function scaled(name: string, full: number, build: (size: number) => string): void {
  it(`${name}: full size within ${SLACK}×${SCALE} the time of 1/${SCALE}`, () => {
    const small = analyzeFile(`${name}-small.txt`, build(full / SCALE));
    const big = analyzeFile(`${name}-full.txt`, build(full));
    expect(big.turns).toBeGreaterThan(0);
    expect(big.ms, `1/${SCALE} size: ${small.ms} ms, full size: ${big.ms} ms`).toBeLessThan(small.ms * SCALE * SLACK);
  }, 1_800_000);
}

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

describe('scale', () => {
  scaled('single line of 50 MB', 50 * MB, (bytes) => fill('The network is secure and we trust our customers in Europe. ', bytes));
  scaled('a million short lines', 1_000_000, (lines) => 'Q: Do you trust them?\nA: Yes, we do.\n'.repeat(lines / 2));
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
