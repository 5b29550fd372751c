/**
 * The report's view of the corpus: the tables restricted to the chosen dates, interviews in time
 * order with a short display label, and look-ups shared by every table builder and section.
 */
import type { SentenceRow, Tables, TurnRow } from '../pipeline/types.js';
import { safeFileName } from '../pipeline/output/safe-name.js';
import { cmp, inDateRange, speakersByWords, type ResolvedOptions } from './options.js';
import { SentenceIndex } from './sentence-index.js';
import type { AggregateOptions } from '../analyzers/stance/rows.js';

export interface InterviewInfo {
  id: string;
  title: string;
  /** ISO date or null when unknown. */
  date: string | null;
  place: string;
  outlets: string;
  kind: string;
  sourceFile: string;
  /** Position in time order, 0-based; the sort key of every interview axis. */
  order: number;
  /** Short unique label for axes: "2019-12-02 The Globe and Mail". */
  label: string;
  /** Transcript page (its first part), relative to out/. */
  page: string;
  /** The transcript's parts in turn order; a long interview is split so no page grows with the corpus. */
  parts: TranscriptPart[];
}

export interface TranscriptPart {
  /** Page file, relative to out/. */
  file: string;
  /** The part holds the turns from this turn_index up to the next part's first turn. */
  firstTurn: number;
}

export interface ReportContext {
  /** Tables restricted to the interviews in the date range. */
  tables: Tables;
  options: ResolvedOptions;
  speaker: string;
  targets: string[];
  interviews: InterviewInfo[];
  interview: Map<string, InterviewInfo>;
  /** Sentences by id (sentenceId). */
  sentence: SentenceIndex;
  /** Each interview's sentences (table order) and turns (turn order): builders look rows up here instead of scanning the corpus per interview. */
  byInterview: Map<string, InterviewRows>;
  /** Speakers with words in range, most words first. */
  speakers: string[];
  /** The speakers the charts' speaker control offers: the report speaker and the CHART_SPEAKERS with most words. */
  chartSpeakers: string[];
  /** Theme ids present in range, sorted. */
  themes: string[];
  /** Interviews left out because they have no date while a date range was asked for. */
  undatedExcluded: string[];
  /** The stance table's interval settings (AnalysisResult.aggregate). */
  aggregate: AggregateOptions;
}

export interface InterviewRows {
  sentences: SentenceRow[];
  turns: TurnRow[];
}

export const sentenceId = (interviewId: string, turnIndex: number, sentenceIndex: number): string =>
  `${interviewId}:${turnIndex}:${sentenceIndex}`;

const LABEL_MAX = 40;
/** A transcript part ends after this many turns or once its text reaches TURN_CHARS_PER_PART characters. */
export const TURNS_PER_PART = 2000;
export const TURN_CHARS_PER_PART = 2_000_000;
/** Speakers offered by the charts' speaker control (and kept in the charts' inlined data). */
export const CHART_SPEAKERS = 12;

function shortName(title: string, outlets: string): string {
  const list = outlets.split(';').map((o) => o.trim()).filter(Boolean);
  const base = (list.length > 1 ? `${list[0]} +${list.length - 1}` : list[0]) || title.trim() || 'untitled';
  return base.length > LABEL_MAX ? `${base.slice(0, LABEL_MAX - 1)}…` : base;
}

/** First turn_index of each part of an interview's transcript, from its turns in turn order. */
export function partStarts(turns: readonly TurnRow[]): number[] {
  const starts: number[] = [];
  let count = 0;
  let chars = 0;
  for (const t of turns) {
    if (!starts.length || count >= TURNS_PER_PART || chars >= TURN_CHARS_PER_PART) {
      starts.push(t.turn_index);
      count = 0;
      chars = 0;
    }
    count++;
    chars += t.text.length;
  }
  return starts.length ? starts : [0];
}

/**
 * Transcript files: the first part of each interview is transcripts/NAME.html, further parts are
 * transcripts/NAME.parts/N.html. Distinct ids always get distinct names, and a ".parts" folder can
 * never coincide with a page, since every page name ends in ".html".
 */
function transcriptParts(starts: ReadonlyMap<string, number[]>): Map<string, TranscriptPart[]> {
  const parts = new Map<string, TranscriptPart[]>();
  const used = new Set<string>();
  for (const [id, firsts] of starts) {
    let name = safeFileName(id);
    for (let n = 2; used.has(name); n++) name = `${safeFileName(id)}-${n}`;
    used.add(name);
    parts.set(id, firsts.map((firstTurn, i) => ({ file: i === 0 ? `transcripts/${name}.html` : `transcripts/${name}.parts/${i + 1}.html`, firstTurn })));
  }
  return parts;
}

/** The transcript part that shows a turn. */
export function partOf(iv: InterviewInfo, turnIndex: number): TranscriptPart {
  const { parts } = iv;
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].firstTurn <= turnIndex) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo];
}

/** The transcript page that shows a turn, relative to out/. */
export const pageOf = (iv: InterviewInfo, turnIndex: number): string => partOf(iv, turnIndex).file;

export function buildContext(all: Tables, options: ResolvedOptions, aggregate: AggregateOptions): ReportContext {
  const keep = all.interviews.filter((iv) => inDateRange(iv.date, options.from, options.to));
  const undatedExcluded = options.from || options.to ? all.interviews.filter((iv) => !iv.date).map((iv) => iv.interview_id) : [];
  const ids = new Set(keep.map((iv) => iv.interview_id));
  // With every interview in range, the analysis's own arrays serve: copying them took 60 ms and 7 MiB at
  // 100× the sample, held through the whole report. The report never changes them (build.test.ts).
  const everyInterview = keep.length === all.interviews.length;
  const inRange = <R extends { interview_id: string }>(rows: R[]): R[] => (everyInterview ? rows : rows.filter((r) => ids.has(r.interview_id)));
  const tables: Tables = {
    interviews: keep,
    turns: inRange(all.turns),
    removed: all.removed,
    sentences: inRange(all.sentences),
    mentions: inRange(all.mentions),
    themes: inRange(all.themes),
    keyness: inRange(all.keyness),
    collocations: inRange(all.collocations),
    stance: inRange(all.stance),
    turnStance: inRange(all.turnStance),
  };
  // Undated interviews go last, in corpus order (a stable sort keeps it).
  const ordered = keep
    .map((iv, i) => ({ iv, i }))
    .sort((a, b) => (a.iv.date && b.iv.date ? cmp(a.iv.date, b.iv.date) : a.iv.date ? -1 : b.iv.date ? 1 : 0) || a.i - b.i)
    .map(({ iv }) => iv);
  const byInterview = new Map<string, InterviewRows>(keep.map((iv) => [iv.interview_id, { sentences: [], turns: [] }]));
  for (const s of tables.sentences) byInterview.get(s.interview_id)?.sentences.push(s);
  for (const t of tables.turns) byInterview.get(t.interview_id)?.turns.push(t);
  for (const rows of byInterview.values()) sortByTurn(rows.turns);
  // Parts are cut from an interview's own turns, so a date range never changes where a turn's page is.
  const starts = new Map<string, number[]>(all.interviews.map((iv) => [iv.interview_id, [0]]));
  for (const [id, rows] of byInterview) starts.set(id, partStarts(rows.turns));
  if (keep.length < all.interviews.length) {
    const outside = new Map<string, TurnRow[]>();
    for (const t of all.turns) {
      if (ids.has(t.interview_id)) continue;
      const list = outside.get(t.interview_id);
      if (list) list.push(t);
      else outside.set(t.interview_id, [t]);
    }
    for (const [id, turns] of outside) if (starts.has(id)) starts.set(id, partStarts(sortByTurn(turns)));
  }
  const parts = transcriptParts(starts);
  const seen = new Map<string, number>();
  const interviews: InterviewInfo[] = ordered.map((iv, order) => {
    let label = `${iv.date || 'undated'} ${shortName(iv.title, iv.outlets)}`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n > 1) label = `${label} (${n})`;
    return {
      id: iv.interview_id,
      title: iv.title,
      date: iv.date || null,
      place: iv.place,
      outlets: iv.outlets,
      kind: iv.kind,
      sourceFile: iv.source_file,
      order,
      label,
      page: parts.get(iv.interview_id)?.[0].file ?? '',
      parts: parts.get(iv.interview_id) ?? [],
    };
  });
  const speakers = speakersByWords(tables);
  const themes = new Set<string>();
  for (const s of tables.sentences) for (const t of splitList(s.themes)) themes.add(t);
  return {
    tables,
    options,
    speaker: options.speaker,
    targets: options.targets,
    interviews,
    interview: new Map(interviews.map((i) => [i.id, i])),
    sentence: new SentenceIndex((id) => byInterview.get(id)?.sentences),
    byInterview,
    speakers,
    chartSpeakers: speakers.includes(options.speaker) && speakers.indexOf(options.speaker) < CHART_SPEAKERS
      ? speakers.slice(0, CHART_SPEAKERS)
      : [options.speaker, ...speakers.filter((s) => s !== options.speaker).slice(0, CHART_SPEAKERS - 1)],
    themes: [...themes].sort(cmp),
    undatedExcluded,
    aggregate,
  };
}

/** Turns in turn order (already so as tabulated; sorted only when not, and stably). */
function sortByTurn(turns: TurnRow[]): TurnRow[] {
  for (let i = 1; i < turns.length; i++) {
    if (turns[i - 1].turn_index > turns[i].turn_index) return turns.sort((a, b) => a.turn_index - b.turn_index);
  }
  return turns;
}

/** An interview's rows; empty lists for an id outside the range. */
export function rowsOf(ctx: ReportContext, interviewId: string): InterviewRows {
  return ctx.byInterview.get(interviewId) ?? { sentences: [], turns: [] };
}

/** The ';'-separated list columns of the tables. */
export const splitList = (value: string): string[] => (value ? value.split(';') : []);
