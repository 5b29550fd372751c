/**
 * One type per pipeline stage. Each stage takes the previous stage's type and returns its own;
 * nothing downstream ever sees an earlier, less-normalised shape (as vega-lite keeps
 * `NormalizedSpec` apart from the raw spec).
 *
 *   RawDoc ─clean→ CleanDoc ─split→ Interview[] (with Turn[]) ─sentences→ Sentence[]
 *          ─analyzers→ Annotated sentences/turns ─tabulate→ Tables ─charts→ specs ─render→ HTML
 */

/** Where a piece of text came from. `line` is 1-based in the decoded source file. */
export interface SourceRef {
  file: string;
  line: number;
}

/** What kind of document a source file is: a single transcript, a volume of several, or a news article. */
export type DocKind = 'transcript' | 'compilation' | 'article';

// ── ingest ────────────────────────────────────────────────────────────────────────────────

/** A source file, decoded to text. Newlines are normalised to "\n" and any BOM is stripped. */
export interface RawDoc {
  /** Path as the user gave it (relative to the working directory when possible), '/'-separated. */
  file: string;
  /** Encoding that was detected and used, e.g. 'UTF-8', 'UTF-16LE', 'windows-1252'. */
  encoding: string;
  text: string;
  /** sha256 of the raw bytes, hex; the cache key of everything derived from this file. */
  sha256: string;
}

// ── clean ─────────────────────────────────────────────────────────────────────────────────

/** One line of cleaned text; `line` is the source line it came from. */
export interface CleanLine {
  line: number;
  text: string;
  /**
   * True when a word was hyphenated across the break after this line: the next line continues the
   * word and is joined without a space ("con" + "tinue", or "self-" + "reliance" when the hyphen is kept).
   */
  glue?: boolean;
}

/** Something removed from the source, logged in out/data/removed.csv. */
export interface Removal {
  file: string;
  line: number;
  /** The removed text itself (e.g. "12", "Ren Zhengfei's Interview with The Globe and Mail"). */
  what: string;
  /** Why it was removed, from a fixed vocabulary: 'page number', 'running header', … */
  why: string;
}

/** A marker found while cleaning that later stages may use (e.g. running headers mark interview spans). */
export interface CleanMarker {
  line: number;
  kind: 'running-header' | 'title' | 'question-number' | 'page-break';
  text: string;
}

export interface CleanDoc {
  file: string;
  kind: DocKind;
  lines: CleanLine[];
  removed: Removal[];
  markers: CleanMarker[];
}

// ── interviews and turns ─────────────────────────────────────────────────────────────────

export type Role = 'interviewee' | 'interviewer' | 'moderator' | 'panelist' | 'audience' | 'narrator';

export interface Speaker {
  /** Canonical name, the same across label variants and transliterations. */
  name: string;
  role: Role;
  affiliation: string | null;
  /** Every label under which this speaker appeared, as written. */
  aliases: string[];
}

export interface InterviewMeta {
  /** Stable, filename-safe id, e.g. "2019-12-02-globe-and-mail". */
  id: string;
  title: string;
  /** ISO date YYYY-MM-DD, or null when unknown. */
  date: string | null;
  place: string | null;
  outlets: string[];
  /** 'interview' | 'panel' | 'roundtable' | 'article' | … free text from the manifest or detection. */
  kind: string;
  sourceFile: string;
  /** Canonical name of the interviewee, or null when none could be determined. */
  interviewee: string | null;
}

export interface Turn {
  interviewId: string;
  /** 0-based position in the interview. */
  index: number;
  /** Canonical speaker name. */
  speaker: string;
  /** The label as written in the source (whitespace folded); '' for article narration and quotes. */
  label: string;
  role: Role;
  affiliation: string | null;
  /** For an interviewee's answer: the index of the question turn it answers. */
  answersTurn: number | null;
  /** The line where the turn starts. */
  source: SourceRef;
  /**
   * Provenance inside the turn: ascending [offset in `text`, source line] pairs, one per source line
   * that contributed text. The line of any character is the last pair whose offset ≤ its offset.
   */
  lineMap: Array<[number, number]>;
  text: string;
  nWords: number;
}

export interface Interview extends InterviewMeta {
  speakers: Speaker[];
  turns: Turn[];
}

/** One interview's slice of a cleaned document, before turns are found. */
export interface InterviewSpan {
  meta: InterviewMeta;
  lines: CleanLine[];
  /** Participants known in advance (from the manifest), label as written → role. May be empty. */
  participants: Array<{ label: string; role: Role; affiliation: string | null }>;
}

/** The transcript model of one source file. */
export interface TranscriptDoc {
  file: string;
  kind: DocKind;
  interviews: Interview[];
  removed: Removal[];
  warnings: string[];
}

// ── sentences and tokens ─────────────────────────────────────────────────────────────────

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased normal form. */
  normal: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, ADJ, …). */
  pos: string;
  /** wink token type: 'word', 'number', 'punctuation', 'emoji', … */
  type: string;
  /** Offsets in the turn's text. */
  start: number;
  end: number;
  /** True when inside a negation scope (wink's negationFlag). */
  negated: boolean;
}

export interface Sentence {
  /** `${interviewId}:${turnIndex}:${index}` — unique in a corpus, used as evidence id. */
  id: string;
  interviewId: string;
  turnIndex: number;
  /** 0-based within the turn. */
  index: number;
  speaker: string;
  role: Role;
  text: string;
  /** Offsets in the turn's text. */
  start: number;
  end: number;
  source: SourceRef;
  tokens: Token[];
}

// ── tables (tidy, one row per observation; column names are the CSV headers) ─────────────

export interface InterviewRow {
  interview_id: string;
  title: string;
  date: string;
  place: string;
  outlets: string;
  kind: string;
  source_file: string;
  interviewee: string;
  n_turns: number;
  n_words: number;
}

export interface TurnRow {
  interview_id: string;
  turn_index: number;
  speaker: string;
  role: Role;
  affiliation: string;
  answers_turn: number | null;
  source_file: string;
  source_line: number;
  n_words: number;
  text: string;
}

export interface RemovedRow {
  file: string;
  line: number;
  what: string;
  why: string;
}

export interface SentenceRow {
  interview_id: string;
  turn_index: number;
  sentence_index: number;
  speaker: string;
  role: Role;
  source_line: number;
  sentiment: number;
  label: SentimentLabel;
  /** Theme ids, ';'-separated, sorted. */
  themes: string;
  /** Canonical entity names, ';'-separated, in order of first mention. */
  entities: string;
  n_words: number;
  text: string;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface MentionRow {
  interview_id: string;
  turn_index: number;
  sentence_index: number;
  speaker: string;
  entity: string;
  type: EntityType;
  surface: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

export type EntityType = 'country' | 'company' | 'organization' | 'person';

export interface ThemeRow {
  interview_id: string;
  speaker: string;
  theme: string;
  n_sentences: number;
  n_turns: number;
  /** Share of this speaker's sentences in this interview that carry the theme. */
  share: number;
  per_1000_words: number;
}

export interface KeynessRow {
  interview_id: string;
  term: string;
  count: number;
  other_count: number;
  /** Log-likelihood (G²) of the term in this interview against the rest of the corpus. */
  g2: number;
  /** log2 ratio of relative frequencies (effect size), positive when over-represented. */
  log_ratio: number;
}

export interface CollocationRow {
  interview_id: string;
  bigram: string;
  count: number;
  /** Log-likelihood of the pair against independence. */
  g2: number;
}

export interface StanceRow {
  interview_id: string;
  speaker: string;
  target: string;
  n_turns: number;
  n_sentences: number;
  score: number;
  ci_low: number;
  ci_high: number;
  label: StanceLabel;
  /** Sentence ids, ';'-separated, strongest first. */
  evidence: string;
}

export interface TurnStanceRow {
  interview_id: string;
  turn_index: number;
  speaker: string;
  target: string;
  n_sentences: number;
  score: number;
  label: StanceLabel;
  evidence: string;
}

export type StanceLabel = 'against' | 'neutral' | 'for';

/** Sentiment aggregated over sentences, with a bootstrap 95% interval (seeded, deterministic). */
export interface SentimentAggRow {
  /** 'turn': one turn; 'interview': one speaker in one interview; 'speaker': one speaker over the corpus. */
  level: 'turn' | 'interview' | 'speaker';
  /** '' at level 'speaker'. */
  interview_id: string;
  /** null unless level is 'turn'. */
  turn_index: number | null;
  speaker: string;
  n_sentences: number;
  mean: number;
  ci_low: number;
  ci_high: number;
}

/** Everything the analysis produces, as tidy tables. Charts and the report read only these. */
export interface Tables {
  interviews: InterviewRow[];
  turns: TurnRow[];
  removed: RemovedRow[];
  sentences: SentenceRow[];
  mentions: MentionRow[];
  themes: ThemeRow[];
  keyness: KeynessRow[];
  collocations: CollocationRow[];
  stance: StanceRow[];
  turnStance: TurnStanceRow[];
}

// ── analysis results (what the analyzers leave once tokens are dropped) ──────────────────

import type { Mention, SentimentResult, TermCounts, ThemeHit, TurnStance } from '../analyzers/types.js';

/** A sentence after analysis. Tokens are dropped so results stay small and serialisable. */
export interface AnalyzedSentence extends Omit<Sentence, 'tokens'> {
  nWords: number;
  sentiment: SentimentResult;
  mentions: Mention[];
  themes: ThemeHit[];
}

export interface AnalyzedInterview {
  interview: Interview;
  sentences: AnalyzedSentence[];
  stance: TurnStance[];
  terms: TermCounts;
  /**
   * Present when this is one piece of an interview read in pieces (sentences/batches.ts): `interview`
   * then holds only the piece's turns, and the other fields what the piece's sentences gave. The
   * pieces come in order, each in a part of its own (see processDocumentParts).
   */
  piece?: Piece;
}

/** Piece `index` of the `count` an interview was read in. */
export interface Piece {
  index: number;
  count: number;
}

/** Everything derived from one source file: the unit of caching and of parallel work. */
export interface DocResult {
  file: string;
  kind: DocKind;
  encoding: string;
  interviews: AnalyzedInterview[];
  removed: Removal[];
  warnings: string[];
}

// ── the document between sentence splitting and analyzers (first cache layer) ────────────

/**
 * One source file after clean → split → turns → sentences, tokens still attached. Cached apart from
 * its DocResult so a change of resources (themes, entities) re-runs only the analyzers.
 */
export interface TokenizedDoc {
  file: string;
  kind: DocKind;
  encoding: string;
  interviews: TokenizedInterview[];
  removed: Removal[];
  warnings: string[];
}

/** One interview with its sentences and their tokens (or one piece of it: see AnalyzedInterview). */
export interface TokenizedInterview {
  interview: Interview;
  sentences: Sentence[];
  piece?: Piece;
}

/** What a document carries besides its interviews, once cleaned and split. */
export type DocHead = Omit<TokenizedDoc, 'interviews'>;

/** A document after clean → split → turns: its interviews found, not yet tokenized. */
export interface FoundDoc {
  head: DocHead;
  /** Each interview with the warnings finding its turns gave (all of them are `head.warnings`). */
  interviews: Array<{ interview: Interview; warnings: string[] }>;
}
