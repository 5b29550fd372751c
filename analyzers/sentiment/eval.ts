/**
 * `npm run eval`: turnlens sentiment against the VADER ground truth (Hutto & Gilbert 2014), with VADER
 * itself scored in the same run. Each snippet is scored as a whole, as `turnlens sentiment` does
 * (analyzers/sentiment/text.ts).
 *
 *   node dist/analyzers/sentiment/eval.js [--shared DIR] [--only NAME]
 *
 * DIR defaults to $TURNLENS_SHARED or ../shared (relative to the working directory); the data are read
 * from DIR/eval/vader/ and never copied. Gold labels: the raters' mean on −4…4 divided by 4, with the
 * same ±0.05 neutral band as the predictions (the paper's thresholds).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { SentimentLabel } from '../../pipeline/types.js';
import { loadSentimentResource, type SentimentResource } from './resource.js';
import { scoreSentimentTexts } from './text.js';
import { f1Scores, pearson, toLabel } from './metrics.js';

export const EVAL_FILES = [
  'nytEditorialSnippets_GroundTruth.txt',
  'tweets_GroundTruth.txt',
  'movieReviewSnippets_GroundTruth.txt',
  'amazonReviewSnippets_GroundTruth.txt',
] as const;

export interface SystemScores {
  r: number;
  macroF1: number;
  weightedF1: number;
}

export interface EvalFileResult {
  file: string;
  n: number;
  turnlens: SystemScores;
  vader: SystemScores;
}

export interface EvalReport {
  dir: string;
  files: EvalFileResult[];
  /** The headline pair: Pearson r on the NYT editorials. */
  nyt: { turnlens: number; vader: number } | null;
}

export interface EvalOptions {
  /** The shared folder holding eval/vader/. */
  shared?: string;
  /** Restrict to files whose name starts with one of these (e.g. "nyt"). */
  only?: string[];
  /** Package data folder (lexicons). */
  dataDir?: string;
}

const PACKAGE_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');

export function sharedDir(explicit?: string): string {
  return path.resolve(explicit ?? process.env.TURNLENS_SHARED ?? path.join(process.cwd(), '..', 'shared'));
}

export function vaderEvalDir(shared?: string): string {
  return path.join(sharedDir(shared), 'eval', 'vader');
}

interface Snippet {
  gold: number;
  text: string;
}

function readSnippets(file: string): Snippet[] {
  const out: Snippet[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const parts = line.split('\t');
    if (parts.length < 3) continue;
    const gold = Number(parts[1]);
    if (Number.isFinite(gold)) out.push({ gold, text: parts.slice(2).join('\t') });
  }
  return out;
}

function scores(pred: number[], gold: number[], band: number): SystemScores {
  const goldLabels: SentimentLabel[] = gold.map((g) => toLabel(g / 4, band));
  const f = f1Scores(pred.map((p) => toLabel(p, band)), goldLabels);
  return { r: pearson(pred, gold), ...f };
}

export async function evalSentiment(opts: EvalOptions = {}): Promise<EvalReport> {
  const dir = vaderEvalDir(opts.shared);
  if (!fs.existsSync(dir)) throw new Error(`turnlens: ${JSON.stringify(dir)}: no VADER eval folder (set --shared DIR or TURNLENS_SHARED)`);
  const res = loadSentimentResource(opts.dataDir ?? PACKAGE_DATA);
  const band = res.rules.params.neutralBand;
  const require = createRequire(import.meta.url);
  // The dev dependency is CommonJS; loading it only here keeps it out of the product.
  const vader = require('vader-sentiment') as typeof import('vader-sentiment');
  const files: EvalFileResult[] = [];
  for (const name of EVAL_FILES) {
    if (opts.only && !opts.only.some((o) => name.startsWith(o))) continue;
    const snippets = readSnippets(path.join(dir, name));
    const gold = snippets.map((s) => s.gold);
    const ours = scoreSentimentTexts(snippets.map((s) => s.text), res).map((r) => r.score);
    const theirs = snippets.map((s) => vader.SentimentIntensityAnalyzer.polarity_scores(s.text).compound);
    files.push({ file: name, n: snippets.length, turnlens: scores(ours, gold, band), vader: scores(theirs, gold, band) });
  }
  const nyt = files.find((f) => f.file.startsWith('nyt'));
  return { dir, files, nyt: nyt ? { turnlens: nyt.turnlens.r, vader: nyt.vader.r } : null };
}

export function formatReport(rep: EvalReport): string {
  const f3 = (x: number) => x.toFixed(3);
  const lines = [
    `VADER ground truth: ${rep.dir}`,
    'file                                    n       r (turnlens / VADER)   macro-F1 (turnlens / VADER)   weighted-F1 (turnlens / VADER)',
  ];
  for (const f of rep.files) {
    lines.push(
      `${f.file.padEnd(38)} ${String(f.n).padStart(6)}   ${f3(f.turnlens.r)} / ${f3(f.vader.r)}          ` +
        `${f3(f.turnlens.macroF1)} / ${f3(f.vader.macroF1)}                 ${f3(f.turnlens.weightedF1)} / ${f3(f.vader.weightedF1)}`,
    );
  }
  return lines.join('\n');
}

function parseArgs(argv: string[]): EvalOptions {
  const o: EvalOptions = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--shared') o.shared = argv[++i];
    else if (argv[i] === '--only') (o.only ??= []).push(argv[++i]);
    else throw new Error(`turnlens: unknown eval option ${JSON.stringify(argv[i])}; use --shared DIR, --only NAME`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(formatReport(await evalSentiment(parseArgs(process.argv.slice(2)))));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
  }
}
