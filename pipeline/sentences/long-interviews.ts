/**
 * An interview too long to hold tokenized at once (batches.ts, planParts), read in pieces of whole
 * turns. Each piece is tokenized and analysed on its own and handed on as a part of its document
 * (pipeline/index.ts, processDocumentParts), so only one piece's tokens are ever held.
 *
 * An analyzer that needs the whole interview (the entity finder) gets it from its sweeps
 * (analyzers/types.ts, InterviewSweeps): before the first piece is analysed, every piece is read once
 * per sweep. Each sweep reads the pieces as the final pass will: what wink learns while sweeping is
 * unlearned after each sweep (nlp.ts, markLearnedWords), so every piece is tokenized as it would be
 * in the whole interview, and the analysis of the pieces, joined (`joinPieces`), is the analysis of
 * the whole interview.
 */
import type { AnalyzedInterview, Interview, TokenizedInterview } from '../types.js';
import type { DocContext } from '../index.js';
import type { StageTotals } from '../timings.js';
import type { HeapCeiling } from '../memory.js';
import { Swept } from '../../analyzers/registry.js';
import type { Annotations, AnyAnalyzer } from '../../analyzers/types.js';
import { mergeTermCounts } from '../../analyzers/terms/merge.js';
import { forgetLearnedWords, markLearnedWords, unlearnWordsSince } from './nlp.js';
import { turnsSentences } from './index.js';
import { analyzeSentences } from './analyze.js';
import { TurnlensError, EXIT, msg, q } from '../messages.js';

/** The interview as a piece shows it: its own turns [from, to) only. */
export function pieceView(interview: Interview, from: number, to: number): Interview {
  return { ...interview, turns: interview.turns.slice(from, to) };
}

/**
 * Runs the plan's sweeps over the pieces (turn ranges) of `interview`, in order; none when no analyzer
 * of the plan sweeps. `firstOfDocument`: what wink learned is forgotten first, as before a document.
 */
export function sweepInterview(
  interview: Interview,
  pieces: ReadonlyArray<readonly [number, number]>,
  ctx: DocContext,
  times: StageTotals,
  firstOfDocument: boolean,
  heap?: HeapCeiling,
): Swept {
  return times.time('sweeps', () => {
    if (firstOfDocument) forgetLearnedWords();
    const swept = new Swept(ctx.plan, interview, ctx.resources, ctx.options);
    if (swept.count === 0) return swept;
    const mark = markLearnedWords();
    swept.sweepAll(
      (add) => {
        for (const [from, to] of pieces) {
          add({ interview, sentences: turnsSentences(interview, from, to), resources: ctx.resources, options: ctx.options });
          heap?.check();
        }
      },
      () => unlearnWordsSince(mark),
    );
    return swept;
  });
}

/**
 * The pieces of one long interview, read in order once its sweeps have run. Each piece holds its own
 * turns, and lets them go once read: the whole interview's turns (a million short ones take some
 * 400 MB) are not held to its end.
 */
export class PieceReader {
  readonly swept: Swept;
  private readonly views: Array<Interview | undefined>;

  constructor(
    interview: Interview,
    pieces: ReadonlyArray<readonly [number, number]>,
    private readonly ctx: DocContext,
    private readonly times: StageTotals,
    firstOfDocument: boolean,
    heap?: HeapCeiling,
  ) {
    this.swept = sweepInterview(interview, pieces, ctx, times, firstOfDocument, heap);
    this.views = pieces.map(([from, to]) => pieceView(interview, from, to));
  }

  /** Piece `index`, tokenized and analysed; each piece once, in order. */
  read(index: number): { tokenized: TokenizedInterview; analysed: AnalyzedInterview } {
    const view = this.views[index];
    if (!view) throw new TurnlensError(msg.internal(`piece ${index + 1} of an interview read twice`), EXIT.internal);
    this.views[index] = undefined;
    const sentences = this.times.time('sentences', () => turnsSentences(view, 0, view.turns.length));
    const tokenized: TokenizedInterview = { interview: view, sentences, piece: { index, count: this.views.length } };
    return { tokenized, analysed: this.times.time('analyzers', () => analyzePiece(tokenized, this.ctx, this.swept)) };
  }
}

/**
 * The plan over one piece's sentences, with what the sweeps gathered (`swept` may be left out when
 * `given` holds what every sweeping analyzer produces).
 */
export function analyzePiece(tokenized: TokenizedInterview, ctx: DocContext, swept: Swept | undefined, given?: Partial<Annotations>): AnalyzedInterview {
  const a = analyzeSentences(tokenized.interview, tokenized.sentences, ctx, given, swept);
  return { interview: a.interview, sentences: a.sentences, stance: a.stance, terms: a.terms, piece: tokenized.piece };
}

/** Whether some analyzer of the plan that sweeps will run, given `given`. */
export function needsSweeps(plan: readonly AnyAnalyzer[], given?: Partial<Annotations>): boolean {
  return plan.some((a) => a.sweeps !== undefined && !a.produces.every((k) => given?.[k] !== undefined));
}

/**
 * `interviews` with every run of pieces joined into the interview they came from: its turns,
 * sentences and stance in order, its term counts summed (analyzers/terms/merge.ts). A run must be
 * whole: pieces 0 … count − 1 of one interview, in order.
 */
export function joinPieces(interviews: readonly AnalyzedInterview[]): AnalyzedInterview[] {
  if (!interviews.some((a) => a.piece)) return [...interviews];
  const out: AnalyzedInterview[] = [];
  for (let i = 0; i < interviews.length; ) {
    const first = interviews[i];
    if (!first.piece) {
      out.push(first);
      i++;
      continue;
    }
    const run = interviews.slice(i, i + first.piece.count);
    run.forEach((a, k) => {
      if (a.piece?.index !== k || a.piece.count !== run.length || a.interview.id !== first.interview.id) {
        throw new TurnlensError(msg.internal(`piece ${k + 1} of ${first.piece!.count} of interview ${q(first.interview.id)} is missing or out of order`), EXIT.internal);
      }
    });
    out.push({
      interview: { ...first.interview, turns: run.flatMap((a) => a.interview.turns) },
      sentences: run.flatMap((a) => a.sentences),
      stance: run.flatMap((a) => a.stance),
      terms: mergeTermCounts(run.map((a) => a.terms)),
    });
    i += run.length;
  }
  return out;
}
