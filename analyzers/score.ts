/**
 * `turnlens score`: one text in, one JSON-ready object out. The text becomes a one-turn interview and
 * runs through the same sentence stage and analyzer plan as `turnlens analyze`. Sentiment is scored
 * over the whole line at once, so a line of several sentences is judged as one answer, and exactly as
 * `turnlens sentiment` scores it (analyzers/sentiment/text.ts).
 */
import { prepare, type DocContext } from '../pipeline/index.js';
import type { EntityType, Interview, SentimentLabel, StanceLabel } from '../pipeline/types.js';
import { toSentences } from '../pipeline/sentences/index.js';
import { forgetLearnedWords } from '../pipeline/sentences/nlp.js';
import { runAnalyzers } from './registry.js';
import type { AnnotationKey, AnyAnalyzer } from './types.js';
import { memoByObject } from '../pipeline/memo.js';
import { scoreSentimentText } from './sentiment/text.js';
import { stanceLabel } from './stance/index.js';
import { round4 } from './stance/bootstrap.js';

export interface ScoredText {
  text: string;
  sentiment: { score: number; label: SentimentLabel };
  entities: Array<{ name: string; type: EntityType; surface: string; start: number; end: number }>;
  themes: string[];
  stance?: { target: string; score: number; label: StanceLabel; evidence: string[] };
}

const SCORE_ID = 'score';

function oneTurn(text: string): Interview {
  return {
    id: SCORE_ID, title: '', date: null, place: null, outlets: [], kind: 'text', sourceFile: '<stdin>',
    interviewee: null, speakers: [{ name: 'speaker', role: 'interviewee', affiliation: null, aliases: [] }],
    turns: [{
      interviewId: SCORE_ID, index: 0, speaker: 'speaker', label: '', role: 'interviewee', affiliation: null,
      answersTurn: null, source: { file: '<stdin>', line: 1 }, lineMap: [[0, 1]], text,
      nWords: text.split(/\s+/).filter(Boolean).length,
    }],
  };
}

/**
 * The analyzers of `plan` that what a score prints depends on: those producing mentions and themes
 * (and stance, with a target), plus whatever they require. A context planned for `analyze` also
 * counts terms and scores each sentence; a score prints neither, so they are not run for it.
 */
function printedPlan(plan: readonly AnyAnalyzer[], withStance: boolean): AnyAnalyzer[] {
  const wanted = new Set<AnnotationKey>(withStance ? ['mentions', 'themes', 'stance'] : ['mentions', 'themes']);
  const kept: AnyAnalyzer[] = [];
  // Backwards, so an analyzer's requirements are wanted before the analyzers producing them are seen.
  for (let i = plan.length - 1; i >= 0; i--) {
    const a = plan[i];
    if (!a.produces.some((k) => wanted.has(k))) continue;
    kept.unshift(a);
    for (const r of a.requires) wanted.add(r);
  }
  return kept;
}

/** Both printed plans of a plan, worked out once per plan rather than once per line scored. */
const printedPlansOf = memoByObject((plan: readonly AnyAnalyzer[]) => ({
  plain: printedPlan(plan, false),
  withStance: printedPlan(plan, true),
}));

export function scoreText(text: string, ctx: DocContext, target?: string): ScoredText {
  const interview = oneTurn(text);
  // Each text scored as if it were the only one read (see pipeline/sentences/nlp.ts).
  forgetLearnedWords();
  const sentences = toSentences(interview);
  const plans = printedPlansOf(ctx.plan);
  const a = runAnalyzers(target ? plans.withStance : plans.plain, {
    interview, sentences, resources: ctx.resources, options: { targets: target ? [target] : [] },
  });
  const sentiment = scoreSentimentText(text, ctx.resources.sentiment);
  const entities = sentences.flatMap((s, i) =>
    (a.mentions?.[i] ?? []).map((m) => ({
      name: m.entity, type: m.type, surface: m.surface, start: s.start + m.start, end: s.start + m.end,
    })),
  );
  const themes = [...new Set(sentences.flatMap((_, i) => (a.themes?.[i] ?? []).map((h) => h.theme)))].sort();
  const out: ScoredText = { text, sentiment: { score: round4(sentiment.score), label: sentiment.label }, entities, themes };
  if (target) {
    const t = a.stance?.find((s) => s.target === target);
    out.stance = t
      ? { target, score: round4(t.score), label: t.label, evidence: t.evidence }
      : { target, score: 0, label: stanceLabel(0, ctx.resources.sentiment.stance.neutralBand), evidence: [] };
  }
  return out;
}

export interface ScorerOptions {
  target?: string;
  entities?: string;
  themes?: string;
  dataDir?: string;
}

/**
 * What `score` prints needs entities and themes; stance (and the per-sentence sentiment it rests on)
 * only with a target. Whole-answer sentiment is scored apart, so nothing else is planned.
 */
const SCORE_ANALYZERS = ['entities', 'themes'];
const STANCE_ANALYZERS = ['sentiment', 'entities', 'themes', 'stance'];

/** Loads resources and plans analyzers once (failing on bad configuration, or an unknown target, before any line is read). */
export function createScorer(opts: ScorerOptions): (line: string) => ScoredText {
  const ctx = prepare({
    entities: opts.entities,
    themes: opts.themes,
    dataDir: opts.dataDir,
    analyzers: opts.target ? STANCE_ANALYZERS : SCORE_ANALYZERS,
    ...(opts.target ? { targets: [opts.target] } : {}),
  });
  return (line) => scoreText(line, ctx, opts.target);
}
