/**
 * `turnlens score [--target NAME]`: one text per line on stdin, one JSON object per line on stdout
 * (sentiment, entities, themes, and stance toward the target when one is given). The scoring itself
 * is analyzers/score.ts; this file only moves lines.
 */
import type { Command } from 'commander';
import { mapLines } from './lines.js';

interface ScoreFlags {
  target?: string;
  entities?: string;
  themes?: string;
  debug?: boolean;
}

async function scoreAction(flags: ScoreFlags): Promise<void> {
  const { createScorer } = await import('../../analyzers/score.js');
  const score = createScorer({ target: flags.target, entities: flags.entities, themes: flags.themes });
  await mapLines(process.stdin, process.stdout, score);
}

export function scoreCommand(program: Command): void {
  program
    .command('score')
    .description('score text lines from stdin; print one JSON object per line on stdout')
    .option('--target <name>', 'also score stance toward this entity or theme id')
    .option('--entities <file>', 'entity aliases JSON (default: the bundled data/entities.json)')
    .option('--themes <file>', 'themes JSON (default: the bundled data/themes.json)')
    .option('--debug', 'show stack traces on errors')
    .action(scoreAction);
}
