/**
 * An interview too long to hold tokenized at once (batches.ts, planParts), read in pieces of whole
 * turns, and a turn too long for that in slices cut at sentence ends (turn-slices.ts). Each piece is
 * tokenized and analysed on its own and handed on as a part of its document (pipeline/index.ts,
 * processDocumentParts), so only one piece's tokens are ever held (besides, while sweeping, the
 * sentences a sweep holds for the next: at most SWEEP_HOLD_CHARS characters of them).
 *
 * An analyzer that needs the whole interview (the entity finder) gets it from its sweeps
 * (analyzers/types.ts, InterviewSweeps): before the first piece is analysed, every piece is read once
 * per sweep, or a later sweep is handed only the sentences the one before held for it (Swept.sweepAll).
 * Each sweep reads the pieces as the final pass will: what wink learns while sweeping is
 * unlearned after each sweep (nlp.ts, markLearnedWords), so every piece is tokenized as it would be
 * in the whole interview, and the analysis of the pieces, joined (`joinPieces`), is the analysis of
 * the whole interview. What a piece leaves the next (the things a "they" after a slice's cut refers
 * back to: Analyzer.carries, analyzers/stance/about.ts) is handed on, piece to piece, in order.
 */
import type { AnalyzedInterview, Interview, Sentence, TokenizedInterview, Turn } from '../types.js';
import type { DocContext } from '../index.js';
import type { StageTotals } from '../timings.js';
import type { HeapCeiling } from '../memory.js';
import { Carried, Swept } from '../../analyzers/registry.js';
import type { Annotations, AnyAnalyzer } from '../../analyzers/types.js';
import { mergeTermCounts } from '../../analyzers/terms/merge.js';
import { joinTurnStance } from '../../analyzers/stance/join.js';
import { forgetLearnedWords, markLearnedWords, unlearnWordsSince } from './nlp.js';
import { turnSentences } from './index.js';
import { SWEEP_HOLD_CHARS, type PieceSpan } from './batches.js';
import { analyzeSentences } from './analyze.js';
import { TurnlensError, EXIT, msg, q } from '../messages.js';

/**
 * The interview as a piece shows it: its own turns [from, to) only. A turn read in slices is the
 * first slice's: the turns of every piece, joined, are the interview's, each once.
 */
export function pieceView(interview: Interview, span: PieceSpan): Interview {
  return { ...interview, turns: span.chars && span.chars[0] > 0 ? [] : interview.turns.slice(span.from, span.to) };
}

/**
 * The sentences of an interview's pieces, read in order: a slice's sentences are numbered on from
 * those of the slices before it, as in the whole turn.
 */
class PieceSentences {
  private next = 0;

  constructor(private readonly interviewId: string) {}

  /** `turns`: the piece's turns [span.from, span.to), from index 0. */
  read(turns: readonly Turn[], span: PieceSpan): Sentence[] {
    const out: Sentence[] = [];
    if (!span.chars) {
      for (const turn of turns) turnSentences(this.interviewId, turn, out);
      return out;
    }
    const [start, end] = span.chars;
    if (start === 0) this.next = 0;
    turnSentences(this.interviewId, turns[0], out, { start, end, firstIndex: this.next });
    this.next += out.length;
    return out;
  }
}

/**
 * Runs the plan's sweeps over the pieces (turn ranges) of `interview`, in order; none when no analyzer
 * of the plan sweeps. `firstOfDocument`: what wink learned is forgotten first, as before a document.
 * A sweep after the first reads the pieces again only when the sentences the one before held for it
 * (up to `holdChars` characters: Swept.sweepAll) will not do.
 */
export function sweepInterview(
  interview: Interview,
  pieces: readonly PieceSpan[],
  ctx: DocContext,
  times: StageTotals,
  firstOfDocument: boolean,
  heap?: HeapCeiling,
  holdChars: number = SWEEP_HOLD_CHARS,
): Swept {
  return times.time('sweeps', () => {
    if (firstOfDocument) forgetLearnedWords();
    const swept = new Swept(ctx.plan, interview, ctx.resources, ctx.options);
    if (swept.count === 0) return swept;
    const mark = markLearnedWords();
    swept.sweepAll(
      (add) => {
        const reader = new PieceSentences(interview.id);
        for (const span of pieces) {
          add({ interview, sentences: reader.read(interview.turns.slice(span.from, span.to), span), resources: ctx.resources, options: ctx.options });
          heap?.check();
        }
      },
      () => unlearnWordsSince(mark),
      holdChars,
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
  /** Each piece's view, its turns (a slice's turn, whether or not the view shows it) and span. */
  private readonly views: Array<{ view: Interview; turns: Turn[]; span: PieceSpan } | undefined>;
  private readonly sentences: PieceSentences;
  private readonly carried = new Carried();

  constructor(
    interview: Interview,
    pieces: readonly PieceSpan[],
    private readonly ctx: DocContext,
    private readonly times: StageTotals,
    firstOfDocument: boolean,
    heap?: HeapCeiling,
    holdChars?: number,
  ) {
    this.swept = sweepInterview(interview, pieces, ctx, times, firstOfDocument, heap, holdChars);
    this.views = pieces.map((span) => ({ view: pieceView(interview, span), turns: interview.turns.slice(span.from, span.to), span }));
    this.sentences = new PieceSentences(interview.id);
  }

  /** Piece `index`, tokenized and analysed; each piece once, in order. */
  read(index: number): { tokenized: TokenizedInterview; analysed: AnalyzedInterview } {
    const piece = this.views[index];
    if (!piece) throw new TurnlensError(msg.internal(`piece ${index + 1} of an interview read twice`), EXIT.internal);
    this.views[index] = undefined;
    const sentences = this.times.time('sentences', () => this.sentences.read(piece.turns, piece.span));
    const tokenized: TokenizedInterview = { interview: piece.view, sentences, piece: { index, count: this.views.length } };
    return { tokenized, analysed: this.times.time('analyzers', () => analyzePiece(tokenized, this.ctx, this.swept, this.carried)) };
  }
}

/**
 * The plan over one piece's sentences, with what the sweeps gathered (`swept` may be left out when
 * `given` holds what every sweeping analyzer produces) and what the pieces before it left (`carried`,
 * one per interview, its pieces analysed in order).
 */
export function analyzePiece(
  tokenized: TokenizedInterview,
  ctx: DocContext,
  swept: Swept | undefined,
  carried: Carried,
  given?: Partial<Annotations>,
): AnalyzedInterview {
  const a = analyzeSentences(tokenized.interview, tokenized.sentences, ctx, given, swept, carried);
  return { interview: a.interview, sentences: a.sentences, stance: a.stance, terms: a.terms, piece: tokenized.piece };
}

/** Whether some analyzer of the plan that sweeps will run, given `given`. */
export function needsSweeps(plan: readonly AnyAnalyzer[], given?: Partial<Annotations>): boolean {
  return plan.some((a) => a.sweeps !== undefined && !a.produces.every((k) => given?.[k] !== undefined));
}

/**
 * `interviews` with every run of pieces joined into the interview they came from: its turns,
 * sentences and stance in order (a turn read in slices, its stance rows joined: joinTurnStance), its
 * term counts summed (analyzers/terms/merge.ts). A run must be whole: pieces 0 … count − 1 of one
 * interview, in order.
 */
export function joinPieces(interviews: readonly AnalyzedInterview[], ctx: DocContext): AnalyzedInterview[] {
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
      stance: joinTurnStance(run.flatMap((a) => a.stance), ctx.options.targets, ctx.resources.sentiment.stance.neutralBand),
      terms: mergeTermCounts(run.map((a) => a.terms)),
    });
    i += run.length;
  }
  return out;
}
