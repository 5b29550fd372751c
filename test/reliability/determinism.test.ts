/**
 * Same inputs → byte-identical out/: a cold run, a warm-cache run, and a run without cache on two
 * worker threads in another time zone must write the same files with the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readTree, runCli } from '../pipeline/cli/run-cli.js';
import { put, tmpProject } from '../pipeline/cli/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = tmpProject('turnlens-det-');
  for (const f of fs.readdirSync(path.join(ROOT, 'data'))) {
    const full = path.join(ROOT, 'data', f);
    if (fs.statSync(full).isFile() && /\.(txt|json)$/.test(f)) put(dir, `data/${f}`, fs.readFileSync(full));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const diffs: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if (!a.has(k) || !b.has(k)) diffs.push(`${k}: only in one run`);
    else if (!a.get(k)!.equals(b.get(k)!)) diffs.push(`${k}: bytes differ`);
  }
  return diffs;
}

describe('determinism', () => {
  it('three runs of the sample corpus give byte-identical output trees', () => {
    const runs: Array<[string, string[], Record<string, string>]> = [
      ['cold', [], {}],
      ['warm cache', [], {}],
      ['no cache, 2 threads, other TZ', ['--no-cache', '--jobs', '2'], { TZ: 'America/Los_Angeles' }],
    ];
    const trees = runs.map(([name, extra, env], i) => {
      const r = runCli(['analyze', 'data', '--out', `out${i}`, ...extra], { cwd: dir, env });
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      return readTree(path.join(dir, `out${i}`));
    });
    expect(trees[0].size).toBeGreaterThan(20);
    expect(differences(trees[0], trees[1])).toEqual([]);
    expect(differences(trees[0], trees[2])).toEqual([]);
  });
});
