/**
 * The turnlens command line: `analyze`, `score` and `sentiment`, usage errors as exit 1, input errors as exit 2,
 * every error one "turnlens:" line on stderr (stack only with --debug).
 */
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { EXIT, type ExitCode } from '../messages.js';
import { analyzeCommand } from './analyze.js';
import { scoreCommand } from './score.js';
import { sentimentCommand } from './sentiment.js';
import { reportFailure } from './errors.js';

const EXIT_HELP = `
Exit codes: 0 ok, 1 usage error, 2 input error (bad file, manifest, resource or output folder), 3 internal error.
Examples:
  turnlens analyze data                      # uses data/manifest.json when present; writes out/
  turnlens analyze a.txt b.md --out results --targets "United States,security_trust"
  echo "We trust our customers." | turnlens score --target security_trust
  turnlens sentiment < reviews.txt > sentiment.jsonl`;

function version(): string {
  const require = createRequire(import.meta.url);
  for (const p of ['../../package.json', '../../../package.json']) {
    try {
      return (require(p) as { version: string }).version;
    } catch {
      continue;
    }
  }
  return 'unknown';
}

export function buildProgram(): Command {
  const program = new Command('turnlens');
  program
    .description('Interview transcripts → who said what, about which themes and entities, with what sentiment and stance.')
    .version(version(), '-V, --version')
    .option('--debug', 'show stack traces on errors')
    .helpCommand(true)
    .addHelpText('after', EXIT_HELP)
    .showSuggestionAfterError(true)
    .exitOverride()
    // Commander's own error text is replaced by describeFailure's one line.
    .configureOutput({ outputError: () => {} });
  analyzeCommand(program);
  scoreCommand(program);
  sentimentCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<ExitCode> {
  const debug = argv.includes('--debug');
  const program = buildProgram();
  try {
    const asksForInfo = argv.some((a) => ['-h', '--help', '-V', '--version'].includes(a));
    const hasCommand = argv.some((a) => !a.startsWith('-'));
    if (!hasCommand && !asksForInfo) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return EXIT.ok;
    return reportFailure(e, debug);
  }
}
