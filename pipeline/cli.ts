#!/usr/bin/env node
/**
 * turnlens CLI entry (package.json "bin"). `natural` pulls in dotenv, which prints a banner on
 * import; quieting it must happen before any module that imports natural is loaded, hence the
 * dynamic import. (No top-level await: `npm run build` bundles this entry as CommonJS.)
 */
process.env.DOTENV_CONFIG_QUIET ??= 'true';

// A reader that closes early (`turnlens score … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

void import('./cli/main.js').then(async ({ main }) => {
  process.exitCode = await main(process.argv.slice(2));
});
