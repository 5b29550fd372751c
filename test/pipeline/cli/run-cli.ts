/** Runs the built CLI (dist/pipeline/cli.cjs, the bundle; `npm test` builds first) as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'pipeline', 'cli.cjs');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function assertBuilt(): void {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does)`);
}

/** Environment of a user's shell: no test-runner variables that could change the CLI's behaviour. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', LANG: 'C.UTF-8' };
  return { ...env, ...extra };
}

export function runCli(
  args: string[],
  opts: { cwd: string; input?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = { cwd: ROOT },
): CliResult {
  assertBuilt();
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    env: userEnv(opts.env),
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

/** Starts the CLI without waiting, for tests that kill it. */
export function startCli(args: string[], cwd: string) {
  assertBuilt();
  return spawn(process.execPath, [CLI, ...args], { cwd, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every file under `dir` with its bytes, keyed by '/'-separated relative path. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string, prefix: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (fs.statSync(full).isDirectory()) walk(full, rel);
      else out.set(rel, fs.readFileSync(full));
    }
  };
  walk(dir, '');
  return out;
}

/** The text of a turnlens error: exactly one line on stderr, starting with "turnlens:". */
export function errorLine(r: CliResult): string {
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 1 || !lines[0].startsWith('turnlens: ')) {
    throw new Error(`expected one "turnlens:" line on stderr, got ${JSON.stringify(r.stderr)}`);
  }
  return lines[0];
}
