#!/usr/bin/env node
/**
 * turnlens CLI entry (package.json "bin"). `natural` pulls in dotenv, which prints a banner on
 * import; quieting it must happen before any module that imports natural is loaded, hence the
 * dynamic import. (No top-level await: `npm run build` bundles this entry as CommonJS.)
 */
import v8 from 'node:v8';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

/**
 * V8 optimises a function once it has run about 66 KB of bytecode (its default interrupt budget).
 * A run of turnlens executes a great deal of code a few times each, and on two cores the optimising
 * compiler's work for it competed with the analysis, the report thread and the names thread. At 24×
 * the default (the best of 15×, 24× and 47×; medians of 10 interleaved runs) the sample took
 * 2.5 → 2.1 s and 4.5 → 3.3 s of CPU; the 10× corpus 9.1 → 8.5 s, the 100× corpus 62 → 56 s.
 * Code that stays hot is still optimised, a little later. V8's flags are the process's, so every
 * worker thread runs with it; a budget given on node's command line is left as it is. The library
 * does not change it.
 */
const INTERRUPT_BUDGET = 1_600_000;
if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

// A reader that closes early (`turnlens score … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

void import('./cli/main.js').then(async ({ main }) => {
  process.exitCode = await main(process.argv.slice(2));
});
