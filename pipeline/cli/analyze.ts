/**
 * `turnlens analyze`: options → runAnalyze, warnings and a one-line summary on stderr.
 * stdout stays empty so the command composes in scripts.
 */
import path from 'node:path';
import { Command, Option } from 'commander';
import { REPORT_FILE } from '../../reports/html/files.js';
import { runAnalyze } from '../run.js';
import { DEFAULT_CACHE_MAX_BYTES } from '../cache/prune.js';
import { MIB } from '../units.js';
import { EXIT, TurnlensError, msg, q } from '../messages.js';
import { parseDateBound, parseList, splitCompare } from './options.js';
import { createProgress } from './progress.js';
import { warningPrinter } from './warnings.js';

interface AnalyzeFlags {
  manifest?: string;
  out: string;
  targets?: string;
  speaker?: string;
  from?: string;
  to?: string;
  compare?: string[];
  entities?: string;
  themes?: string;
  jobs?: string;
  cache: boolean;
  cacheMax?: string;
  debug?: boolean;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TurnlensError(msg.usage(`--jobs ${JSON.stringify(value)}: expected a whole number ≥ 1`), EXIT.usage);
  return n;
}

/** `--cache-max` in MiB, as bytes. */
function parseCacheMax(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const mib = value.trim() === '' ? NaN : Number(value);
  if (!(mib >= 0)) throw new TurnlensError(msg.usage(`--cache-max ${q(value)}: expected a size in MiB, a number ≥ 0`), EXIT.usage);
  return Math.round(mib * MIB);
}

async function analyzeAction(paths: string[], flags: AnalyzeFlags): Promise<void> {
  const split = splitCompare(flags.compare, paths);
  if (split.paths.length === 0) throw new TurnlensError(msg.usage('analyze needs at least one file or folder'), EXIT.usage);
  // Validated here as well as by the report so a typo fails before minutes of analysis.
  const from = flags.from === undefined ? undefined : parseDateBound('--from', flags.from);
  const to = flags.to === undefined ? undefined : parseDateBound('--to', flags.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new TurnlensError(msg.badDateRange(flags.from!, flags.to!), EXIT.usage);
  }
  const targets = flags.targets === undefined ? undefined : parseList(flags.targets);
  if (targets !== undefined && targets.length === 0) {
    throw new TurnlensError(msg.usage('--targets needs at least one entity or theme id'), EXIT.usage);
  }

  const progress = createProgress();
  const warnings = warningPrinter((line) => {
    progress.stop();
    process.stderr.write(line + '\n');
  });
  try {
    const summary = await runAnalyze(split.paths, {
      out: flags.out,
      manifest: flags.manifest,
      targets,
      speaker: flags.speaker,
      from: flags.from?.trim(),
      to: flags.to?.trim(),
      compare: split.compare,
      entities: flags.entities,
      themes: flags.themes,
      jobs: parseJobs(flags.jobs),
      cache: flags.cache,
      cacheMaxBytes: parseCacheMax(flags.cacheMax),
      onProgress: (done, total, file) => progress.update(done, total, file),
      onWarning: (line) => warnings.line(line),
    });
    progress.stop();
    warnings.finish(path.join(summary.out, REPORT_FILE));
    process.stderr.write(
      `turnlens: wrote ${summary.files} files to ${summary.out}/ (${summary.interviews} interviews, ${summary.turns} turns)\n`,
    );
  } finally {
    progress.stop();
    // A failed run wrote no report: the count alone.
    warnings.finish(null);
  }
}

export function analyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('analyze transcripts and write tables and the report to the output folder')
    .argument('[paths...]', '.txt/.md files or folders (read recursively, in sorted order)')
    .option('--manifest <file>', 'metadata for documents and interviews (default: manifest.json in an input folder)')
    .option('-o, --out <dir>', 'output folder, replaced as a whole at the end of the run', 'out')
    .option('--targets <list>', 'stance targets, comma-separated entity or theme ids (default: "United States,security_trust")')
    .option('--speaker <name>', 'whose answers the report follows (default: the interviewee)')
    .option('--from <date>', 'first interview date in the report: YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--to <date>', 'last interview date in the report: YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--compare <id...>', 'two interview ids for a side-by-side page')
    .option('--entities <file>', 'entity aliases JSON (default: the bundled data/entities.json)')
    .option('--themes <file>', 'themes JSON (default: the bundled data/themes.json)')
    .addOption(new Option('--jobs <n>', 'worker threads (default: all cores for large inputs)'))
    .option('--no-cache', 'do not read or write the result cache (.turnlens-cache/ beside the output folder)')
    .option('--cache-max <MiB>', `size cap of the result cache: least recently used entries beyond it are removed after the run, never the run's own (default: ${DEFAULT_CACHE_MAX_BYTES / MIB})`)
    .option('--debug', 'show stack traces on errors')
    .action(analyzeAction);
}
