/**
 * End to end on the sample corpus, spawned as a user runs it (`turnlens analyze data --out DIR`):
 * cold (fresh cache folder), warm (same inputs again), and after editing themes.json / entities.json
 * (tokens reused, analyzers re-run). Stage breakdown from TURNLENS_TIMINGS=1; start-up is the time
 * before the first stage began; `--help` shows what start-up costs with nothing to do.
 *
 * The packages each command loads are read in runs of their own, with the module trace: its resolve
 * hook runs on a loader thread of Node's, which on two cores added about 150 ms to a run it watched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './measure.js';
import { runCli, type CliRun, type StageTiming } from './spawn.js';
import { CLI, MODULE_TRACE, ROOT, SAMPLE_DIR } from './paths.js';
import { editEntities, editThemes } from './edits.js';

export interface RunSummary {
  wallMs: number;
  cpuMs: number | null;
  peakRssMiB: number | null;
  cache: string | null;
}

export interface EndToEndResult {
  command: string;
  helpMs: number;
  helpModules: string[];
  cold: RunSummary & {
    runsMs: number[];
    /** Before the first stage: node start-up and module loading. */
    startupMs: number;
    stages: StageTiming[];
    modules: string[];
  };
  warm: RunSummary & { stages: StageTiming[] };
  themesEdited: RunSummary & { stages: StageTiming[] };
  entitiesEdited: RunSummary & { stages: StageTiming[] };
  /** Then the stance targets changed too: only the stance analyzer's input changed. */
  targetsEdited: RunSummary & { stages: StageTiming[] };
}

function check(run: CliRun): CliRun {
  if (run.status !== 0) throw new Error(`bench: turnlens ${run.args.join(' ')} exited ${run.status}:\n${run.stderr}`);
  return run;
}

function summary(run: CliRun): RunSummary {
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMiB: run.peakRssMiB, cache: run.cache };
}

export function startupOf(stages: readonly StageTiming[]): number {
  const first = stages[0];
  return first ? Math.round(first.at - first.ms) : 0;
}

export async function measureEndToEnd(coldRuns = 7): Promise<EndToEndResult> {
  const traced = ['--import', MODULE_TRACE];
  const help: CliRun[] = [];
  for (let i = 0; i < 3; i++) help.push(check(await runCli({ cli: CLI, args: ['--help'], cwd: ROOT })));
  const helpModules = check(await runCli({ cli: CLI, args: ['--help'], cwd: ROOT, nodeArgs: traced })).modules;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-bench-e2e-'));
  try {
    const analyzeIn = async (dir: string, extra: string[] = [], nodeArgs: string[] = []) =>
      check(
        await runCli({
          cli: CLI,
          args: ['analyze', path.relative(ROOT, SAMPLE_DIR) || '.', '--out', path.join(dir, 'out'), ...extra],
          cwd: ROOT,
          nodeArgs,
        }),
      );
    const coldModules = (await analyzeIn(path.join(work, 'traced'), [], traced)).modules;
    // Each cold run has its own folder, so its cache (beside out/) starts empty.
    const cold: CliRun[] = [];
    for (let i = 0; i < coldRuns; i++) cold.push(await analyzeIn(path.join(work, `cold-${i}`)));
    const mid = [...cold].sort((a, b) => a.wallMs - b.wallMs)[cold.length >> 1];
    const last = path.join(work, `cold-${coldRuns - 1}`);
    const warm = await analyzeIn(last);
    const themes = editThemes(path.join(SAMPLE_DIR, 'themes.json'), path.join(work, 'edited', 'themes.json'));
    const themesEdited = await analyzeIn(last, ['--themes', themes]);
    const entities = editEntities(path.join(SAMPLE_DIR, 'entities.json'), path.join(work, 'edited', 'entities.json'));
    const entitiesEdited = await analyzeIn(last, ['--themes', themes, '--entities', entities]);
    const targetsEdited = await analyzeIn(last, ['--themes', themes, '--entities', entities, '--targets', 'Huawei']);
    return {
      command: `TURNLENS_TIMINGS=1 node dist/pipeline/cli.cjs analyze data --out <tmp>/out`,
      helpMs: Math.round(median(help.map((h) => h.wallMs))),
      helpModules,
      cold: {
        ...summary(mid),
        wallMs: Math.round(median(cold.map((c) => c.wallMs))),
        runsMs: cold.map((c) => c.wallMs),
        startupMs: startupOf(mid.stages),
        stages: mid.stages,
        modules: coldModules,
      },
      warm: { ...summary(warm), stages: warm.stages },
      themesEdited: { ...summary(themesEdited), stages: themesEdited.stages },
      entitiesEdited: { ...summary(entitiesEdited), stages: entitiesEdited.stages },
      targetsEdited: { ...summary(targetsEdited), stages: targetsEdited.stages },
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
