/**
 * Runs the CLI as a user would (a fresh process, start-up included) and reads back what it reports:
 * wall time measured here; peak RSS and CPU time from GNU time (`/usr/bin/time -f "%M %U %S"`,
 * covering the process and its worker threads); the stage lines printed with TURNLENS_TIMINGS=1;
 * and, sampled from /proc every 100 ms, the RSS reached during each stage.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 100;

export interface StageTiming {
  stage: string;
  ms: number;
  /** ms since the process started, at the end of the stage. */
  at: number;
  /** Highest RSS sampled while the stage ran (MiB), when sampled. */
  peakRssMiB?: number;
}

export interface CliRun {
  args: string[];
  wallMs: number;
  /** Peak resident set size in MiB, or null when GNU time is not installed. */
  peakRssMiB: number | null;
  /** User + system CPU ms of the process and its threads (GNU time), or null. */
  cpuMs: number | null;
  stages: StageTiming[];
  /** The `turnlens cache:` line (cache outcomes and worker count), when printed. */
  cache: string | null;
  /** Heavy packages the run imported (from bench/module-trace.ts, when loaded). */
  modules: string[];
  status: number;
  stderr: string;
}

const TIMING = /^turnlens timing: stage=(.+?) ms=([\d.]+) at=([\d.]+)$/;

export function parseStages(stderr: string): StageTiming[] {
  const out: StageTiming[] = [];
  for (const line of stderr.split('\n')) {
    const m = TIMING.exec(line.trim());
    if (m) out.push({ stage: m[1], ms: Number(m[2]), at: Number(m[3]) });
  }
  return out;
}

export interface CliCall {
  /** The CLI's entry file (dist/pipeline/cli.cjs). */
  cli: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Options for node itself, before the script (e.g. --import for the module trace). */
  nodeArgs?: string[];
}

/** RSS in KiB of `pid` and its direct children (GNU time runs node as its child). */
function rssKiB(pid: number): number {
  let total = 0;
  const pids = [pid];
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    if (children) pids.push(...children.split(/\s+/).map(Number));
  } catch {
    return 0;
  }
  for (const p of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch {
      // Exited between the two reads.
    }
  }
  return total;
}

export async function runCli({ cli, args, cwd, env = {}, nodeArgs = [] }: CliCall): Promise<CliRun> {
  const hasTime = fs.existsSync(GNU_TIME);
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-rss-')), 'rss');
  const node = [process.execPath, ...nodeArgs, cli, ...args];
  const [command, ...argv] = hasTime ? [GNU_TIME, '-o', rssFile, '-f', '%M %U %S', ...node] : node;
  const t0 = performance.now();
  const child = spawn(command, argv, {
    cwd,
    env: { ...process.env, TURNLENS_TIMINGS: '1', TZ: 'UTC', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // [ms since spawn, KiB]; the child's clock starts within a few ms of ours.
  const samples: Array<[number, number]> = [];
  const timer = setInterval(() => {
    if (child.pid !== undefined) samples.push([performance.now() - t0, rssKiB(child.pid)]);
  }, SAMPLE_MS);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearInterval(timer);
  const wallMs = performance.now() - t0;
  let peakRssMiB: number | null = null;
  let cpuMs: number | null = null;
  if (hasTime && fs.existsSync(rssFile)) {
    // The last line is ours; a failing command adds a "Command exited with …" line before it.
    const [kib, user, sys] = (fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (Number.isFinite(kib)) peakRssMiB = Math.round(kib / 1024);
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = Math.round((user + sys) * 1000);
  }
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  const stages = parseStages(stderr).map((s) => {
    const during = samples.filter(([t]) => t >= s.at - s.ms && t <= s.at + SAMPLE_MS).map(([, kib]) => kib);
    return during.length > 0 ? { ...s, peakRssMiB: Math.round(Math.max(...during) / 1024) } : s;
  });
  return {
    args,
    wallMs: Math.round(wallMs),
    peakRssMiB,
    cpuMs,
    stages,
    cache: stderr.split('\n').find((l) => l.startsWith('turnlens cache:'))?.trim() ?? null,
    modules: stderr
      .split('\n')
      .filter((l) => l.startsWith('turnlens-bench module: '))
      .map((l) => l.slice('turnlens-bench module: '.length).replace(' (required)', '').trim())
      .filter((m, i, all) => all.indexOf(m) === i),
    status,
    stderr,
  };
}
