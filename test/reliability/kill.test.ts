/**
 * "A run killed midway leaves the previous out/ intact": SIGKILL the real CLI while it analyses and
 * while it writes its temporary folder; out/ must still be the previous run's tree, byte for byte,
 * and the next run must complete and leave nothing stray beside out/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readTree, runCli, startCli } from '../pipeline/cli/run-cli.js';
import { SMALL_TRANSCRIPT, put, tmpProject } from '../pipeline/cli/fixtures.js';

let dir: string;
let previous: Map<string, Buffer>;
const SAMPLE = ['data/ren-zhengfei-interviews-2019-11-to-2020-03.txt', 'data/ren-bbc-interview-news-2019-02.txt'];

beforeAll(() => {
  dir = tmpProject('turnlens-kill-');
  for (const f of SAMPLE) put(dir, f, fs.readFileSync(path.join(ROOT, f)));
  put(dir, 'small/one.txt', SMALL_TRANSCRIPT);
  const first = runCli(['analyze', 'small', '--out', 'out'], { cwd: dir });
  expect(first.code, first.stderr).toBe(0);
  previous = readTree(path.join(dir, 'out'));
  expect(previous.size).toBeGreaterThan(10);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectPreviousIntact(): void {
  const now = readTree(path.join(dir, 'out'));
  expect([...now.keys()]).toEqual([...previous.keys()]);
  for (const [rel, content] of previous) expect(now.get(rel)!.equals(content), rel).toBe(true);
}

/** Starts a full analysis of the sample and SIGKILLs it when `when` says so; true if it was still running. */
async function killWhen(when: () => boolean, limitMs: number): Promise<boolean> {
  const child = startCli(['analyze', 'data', '--out', 'out', '--no-cache'], dir);
  let exited = false;
  const done = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const t0 = Date.now();
  while (!exited && !when() && Date.now() - t0 < limitMs) await new Promise((r) => setTimeout(r, 2));
  const killedMidway = !exited;
  child.kill('SIGKILL');
  await done;
  return killedMidway;
}

const strays = () => fs.readdirSync(dir).filter((n) => n.startsWith('.out.'));

describe('kill -9 midway', () => {
  it.each([150, 1200])('during analysis (after %d ms): previous out/ intact', async (ms) => {
    const t0 = Date.now();
    expect(await killWhen(() => Date.now() - t0 >= ms, 60_000)).toBe(true);
    expectPreviousIntact();
  });

  it('while the temporary output folder is being written: previous out/ intact', async () => {
    const killedMidway = await killWhen(() => strays().some((n) => n.startsWith('.out.tmp-')), 120_000);
    expect(killedMidway).toBe(true);
    expect(strays().some((n) => n.startsWith('.out.tmp-'))).toBe(true);
    expectPreviousIntact();
  });

  it('the next run completes, replaces out/ and clears what the killed runs left', () => {
    const r = runCli(['analyze', 'data', '--out', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(strays()).toEqual([]);
    const now = readTree(path.join(dir, 'out'));
    expect(now.get('data/interviews.csv')!.toString('utf8')).toContain('ren-zhengfei-interviews-2019-11-to-2020-03.txt');
    expect(now.get('data/interviews.csv')!.toString('utf8')).not.toContain('small/one.txt');
  });
});
