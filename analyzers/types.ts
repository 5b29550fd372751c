/**
 * The one analyzer contract. An analyzer is pure: from an interview's sentences, the resources and
 * what earlier analyzers produced, it returns the annotation keys it declares in `produces`.
 * The registry (`analyzers/index.ts`) checks names and requirements before anything runs.
 */
import type {
  EntityType,
  Interview,
  Sentence,
  SentimentLabel,
  StanceLabel,
} from '../pipeline/types.js';
import type { Resources } from './resources.js';

export interface SentimentResult {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
}

export interface Mention {
  /** Canonical id, e.g. "United States", "Huawei", "Meng Wanzhou". */
  entity: string;
  type: EntityType;
  /** As written. */
  surface: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

export interface ThemeHit {
  theme: string;
  /** Sum of matched cue weights in the sentence. */
  weight: number;
  /** The cues (lemmas or phrases) that matched, for explanation. */
  cues: string[];
}

export interface TurnStance {
  turnIndex: number;
  speaker: string;
  /** Entity id or theme id. */
  target: string;
  /** In [-1, 1]. */
  score: number;
  label: StanceLabel;
  /** Ids of the sentences about the target, strongest first. */
  evidence: string[];
  /** Per-sentence stance scores, parallel to `evidence` (for bootstrap intervals downstream). */
  sentenceScores: number[];
}

/** Term counts of an interview, for keyness and collocations across the corpus. */
export interface TermCounts {
  /** Content-word lemma → count. */
  unigrams: Record<string, number>;
  /** "lemma lemma" → count, adjacent content words within a sentence. */
  bigrams: Record<string, number>;
  /** Number of word tokens counted (the keyness denominator). */
  nTokens: number;
}

/** Everything analyzers can produce for one interview. Per-sentence arrays are parallel to `sentences`. */
export interface Annotations {
  sentiment: SentimentResult[];
  mentions: Mention[][];
  themes: ThemeHit[][];
  stance: TurnStance[];
  terms: TermCounts;
}

export type AnnotationKey = keyof Annotations;

export interface AnalysisOptions {
  /** Stance targets: entity ids ("United States") or theme ids ("security_trust"). */
  targets: string[];
}

export interface AnalyzerInput {
  interview: Interview;
  sentences: Sentence[];
  resources: Resources;
  options: AnalysisOptions;
  /** What the analyzers before this one produced; only the keys in `requires` are guaranteed. */
  annotations: Partial<Annotations>;
}

/**
 * What `run` is handed. `swept`, for an analyzer with `sweeps`, when `sentences` are one piece of a
 * longer interview: what its sweeps gathered from every piece. Absent, `sentences` are the whole
 * interview. `carried`, for an analyzer that `carries`, when `sentences` are a later piece of such an
 * interview: what the piece before it left (see `carries`).
 */
export type RunInput<S, C = unknown> = AnalyzerInput & { swept?: S; carried?: C };

/**
 * A thread an analyzer may hand part of its work to, started before a document is read so that what
 * it loads is ready when `run` needs it. `run` gives the same results with or without it.
 */
export interface AnalyzerHelper {
  /** Starts the thread, unless it runs. */
  start(): void;
  /** Ends the thread, if it runs. */
  stop(): void;
}

/**
 * What an analyzer needs to have seen of a whole interview before it can analyse any of its
 * sentences (the entity finder: a full name anywhere resolves a lone surname elsewhere). An interview
 * too long to hold tokenized at once is read in pieces of whole turns, and a turn too long for that in
 * slices (pipeline/sentences/batches.ts; a turn's stance rows from its slices are joined after:
 * analyzers/stance/join.ts): every piece is first handed to `add`, in order, once per sweep, and
 * `run` then sees one piece at a time with the state gathered, and gives for it exactly what it gives
 * for those sentences when it sees the whole interview at once. A sweep reads no annotations, so an
 * analyzer with sweeps requires none (checked when the plan is made).
 */
export interface InterviewSweeps<S> {
  /** How many times every piece is read before `run` sees the first. */
  sweeps: number;
  start(input: Readonly<SweepInput>): S;
  /**
   * Adds one piece's sentences to the state, in sweep `sweep` (0-based). It may return the indexes
   * (in `input.sentences`) of the only sentences sweep `sweep + 1` needs, promising that that sweep,
   * handed any sentences that include them (in order, grouped by piece), gathers what it gathers from
   * every piece; the pipeline may then hand it just those, held from this sweep, and not read the
   * pieces again (analyzers/registry.ts, Swept). Returning nothing asks for every piece.
   */
  add(state: S, sweep: number, input: Readonly<SweepInput>): readonly number[] | void;
  /** After the last piece of sweep `sweep`. */
  end(state: S, sweep: number): void;
}

/** What a sweep sees: the interview, one piece's sentences, and the declared resources and options. */
export type SweepInput = Omit<AnalyzerInput, 'annotations'>;

/** What an analyzer may read besides sentences and annotations: a resource, or an analysis option. */
export type ReadName = keyof Resources | keyof AnalysisOptions;

export interface Analyzer<P extends AnnotationKey = AnnotationKey, S = unknown> {
  name: string;
  requires: AnnotationKey[];
  produces: P[];
  /**
   * The resources and options `run` reads. It is handed only these (reading another throws), so the
   * cache can tell which annotations an edit leaves as they were (pipeline/cache/fingerprints.ts).
   */
  reads: ReadName[];
  run(input: Readonly<RunInput<S>>): Pick<Annotations, P>;
  /** Used only where the caller asks for helper threads (AnalyzeOptions.helperThreads). */
  helper?: AnalyzerHelper;
  /** See InterviewSweeps: only for an analyzer whose results depend on the whole interview. */
  sweeps?: InterviewSweeps<S>;
  /**
   * What a piece of a long interview leaves for the next, for an analyzer that reads a sentence in the
   * light of the sentences before it in its turn (the stance analyzer: what a "they" refers back to). A
   * turn too long to read at once is read in slices, each a piece (pipeline/sentences/batches.ts), so
   * one turn may run on from one piece into the next: the pieces are analysed in order, this is
   * called after each with what `run` was handed (its `annotations` now holding this analyzer's own
   * keys too), and its result is the next piece's `carried`. With it, the slices of a turn give what
   * the whole turn gives.
   */
  carries?(input: Readonly<RunInput<S>>): unknown;
}

/**
 * Any registered analyzer. A union over the keys rather than `Analyzer<AnnotationKey>`, because an
 * analyzer that produces only `sentiment` does not return every key.
 */
export type AnyAnalyzer = { [K in AnnotationKey]: Analyzer<K> }[AnnotationKey];

