/**
 * The tidy tables as files under out/data/. Each table's columns are listed once, in the row
 * type's field order; `Record<keyof Row, true>` makes the compiler reject a missing or extra column,
 * so the CSV headers cannot drift from pipeline/types.ts.
 */
import type {
  CollocationRow,
  InterviewRow,
  KeynessRow,
  MentionRow,
  RemovedRow,
  SentenceRow,
  StanceRow,
  Tables,
  ThemeRow,
  TurnRow,
  TurnStanceRow,
} from '../types.js';
import { csvChunks } from './csv.js';
import { rowsJsonChunks } from './json.js';

type Columns<R> = Record<keyof R & string, true>;

const cols = <R>(c: Columns<R>): Array<keyof R & string> => Object.keys(c) as Array<keyof R & string>;

export const COLUMNS = {
  interviews: cols<InterviewRow>({
    interview_id: true, title: true, date: true, place: true, outlets: true, kind: true,
    source_file: true, interviewee: true, n_turns: true, n_words: true,
  }),
  turns: cols<TurnRow>({
    interview_id: true, turn_index: true, speaker: true, role: true, affiliation: true, answers_turn: true,
    source_file: true, source_line: true, n_words: true, text: true,
  }),
  removed: cols<RemovedRow>({ file: true, line: true, what: true, why: true }),
  sentences: cols<SentenceRow>({
    interview_id: true, turn_index: true, sentence_index: true, speaker: true, role: true, source_line: true,
    sentiment: true, label: true, themes: true, entities: true, n_words: true, text: true,
  }),
  mentions: cols<MentionRow>({
    interview_id: true, turn_index: true, sentence_index: true, speaker: true, entity: true, type: true,
    surface: true, start: true, end: true,
  }),
  themes: cols<ThemeRow>({
    interview_id: true, speaker: true, theme: true, n_sentences: true, n_turns: true, share: true,
    per_1000_words: true,
  }),
  keyness: cols<KeynessRow>({ interview_id: true, term: true, count: true, other_count: true, g2: true, log_ratio: true }),
  collocations: cols<CollocationRow>({ interview_id: true, bigram: true, count: true, g2: true }),
  stance: cols<StanceRow>({
    interview_id: true, speaker: true, target: true, n_turns: true, n_sentences: true, score: true,
    ci_low: true, ci_high: true, label: true, evidence: true,
  }),
  turnStance: cols<TurnStanceRow>({
    interview_id: true, turn_index: true, speaker: true, target: true, n_sentences: true, score: true,
    label: true, evidence: true,
  }),
} satisfies { [K in keyof Tables]: string[] };

/** File stem under out/data/ for each table (snake_case, like the column names). */
export const TABLE_FILES: { [K in keyof Tables]: string } = {
  interviews: 'interviews',
  turns: 'turns',
  removed: 'removed',
  sentences: 'sentences',
  mentions: 'mentions',
  themes: 'themes',
  keyness: 'keyness',
  collocations: 'collocations',
  stance: 'stance',
  turnStance: 'turn_stance',
};

/**
 * `data/<table>.csv` and `data/<table>.json` for every table, each as its text in pieces (see
 * csvChunks): a table file is produced while it is written, never held whole.
 */
export function* tableFileChunks(tables: Tables): Generator<[string, Iterable<string>]> {
  for (const key of Object.keys(TABLE_FILES) as Array<keyof Tables>) {
    yield [`data/${TABLE_FILES[key]}.csv`, csvChunks(COLUMNS[key], tables[key])];
    yield [`data/${TABLE_FILES[key]}.json`, rowsJsonChunks(COLUMNS[key], tables[key])];
  }
}

/** The paths `tableFileChunks` writes, known before any table exists (report files may not take them). */
export function tablePaths(): string[] {
  return Object.values(TABLE_FILES).flatMap((stem) => [`data/${stem}.csv`, `data/${stem}.json`]);
}

/** `data/<table>.csv` and `data/<table>.json` for every table, as whole strings. */
export function tableFiles(tables: Tables): Map<string, string> {
  const files = new Map<string, string>();
  for (const [rel, chunks] of tableFileChunks(tables)) files.set(rel, [...chunks].join(''));
  return files;
}
