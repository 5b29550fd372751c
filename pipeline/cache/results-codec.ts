/**
 * The results layer on disk. A DocResult stored as it is repeats, in every sentence, what its
 * interview holds (ids, speaker, role, source file, the text itself) and, in every removed line, the
 * document's file name: those are stored as columns here (sentence-heads.ts, removals.ts), and so
 * are the sentences' annotations (sentence-notes.ts) and the interview's turns (interview-codec.ts).
 * The entry stays plain JSON (store.ts), and the same form carries a worker's result to the calling
 * thread (parallel/protocol.ts). `decodeResult(encodeResult(r))` equals `r`, keys in the same order;
 * a result of any other shape is stored as it is.
 */
import type { AnalyzedInterview, AnalyzedSentence, DocResult } from '../types.js';
import { addHead, emptyHeadColumns, HEAD_KEYS, readHeads, turnsByIndex, type HeadColumns } from './sentence-heads.js';
import { hasKeys, isPlainObject } from './shape.js';
import { readRemovals, storeRemovals, type StoredRemovals } from './removals.js';
import { addNotes, emptyNoteColumns, notesFit, NotesReader, type NoteColumns } from './sentence-notes.js';
import { readInterview, storeInterview, type StoredInterview } from './interview-codec.js';

const CODEC = 'results-1';
const AS_IT_IS = 'results-plain';

const RESULT_KEYS: readonly string[] = ['file', 'kind', 'encoding', 'interviews', 'removed', 'warnings'];
const INTERVIEW_KEYS: readonly string[] = ['interview', 'sentences', 'stance', 'terms'];
const INTERVIEW_PIECE_KEYS: readonly string[] = [...INTERVIEW_KEYS, 'piece'];
const SENTENCE_KEYS: readonly string[] = [...HEAD_KEYS, 'nWords', 'sentiment', 'mentions', 'themes'];

interface EncodedInterview {
  interview: StoredInterview;
  heads: HeadColumns;
  /** The annotations of each sentence not stored whole. */
  notes: NoteColumns;
  stance: AnalyzedInterview['stance'];
  terms: AnalyzedInterview['terms'];
  piece?: AnalyzedInterview['piece'];
}

export interface EncodedResult {
  codec: typeof CODEC;
  doc: Pick<DocResult, 'file' | 'kind' | 'encoding' | 'warnings'>;
  removed: StoredRemovals;
  interviews: EncodedInterview[];
}

export type StoredResult = EncodedResult | { codec: typeof AS_IT_IS; result: DocResult };

function encodeInterview(a: AnalyzedInterview): EncodedInterview | undefined {
  if (!isPlainObject(a) || !(hasKeys(a, INTERVIEW_KEYS) || hasKeys(a, INTERVIEW_PIECE_KEYS)) || !Array.isArray(a.sentences)) return undefined;
  const { interview } = a;
  const turns = turnsByIndex(interview);
  const heads = emptyHeadColumns();
  const notes = emptyNoteColumns();
  for (const s of a.sentences) {
    if (addHead(heads, s, isPlainObject(s) && hasKeys(s, SENTENCE_KEYS) && notesFit(s), interview.id, turns)) addNotes(notes, s);
  }
  const out: EncodedInterview = { interview: storeInterview(interview), heads, notes, stance: a.stance, terms: a.terms };
  if ('piece' in a) out.piece = a.piece;
  return out;
}

/** `r` as the results layer stores it. */
export function encodeResult(r: DocResult): StoredResult {
  if (!isPlainObject(r) || !hasKeys(r, RESULT_KEYS) || !Array.isArray(r.interviews) || !Array.isArray(r.removed)) return { codec: AS_IT_IS, result: r };
  const interviews: EncodedInterview[] = [];
  for (const a of r.interviews) {
    const enc = encodeInterview(a);
    if (!enc) return { codec: AS_IT_IS, result: r };
    interviews.push(enc);
  }
  return { codec: CODEC, doc: { file: r.file, kind: r.kind, encoding: r.encoding, warnings: r.warnings }, removed: storeRemovals(r.removed, r.file), interviews };
}

function decodeInterview(e: EncodedInterview): AnalyzedInterview {
  const interview = readInterview(e.interview);
  const sentences: AnalyzedSentence[] = [];
  const notes = new NotesReader(e.notes);
  readHeads(e.heads, interview.id, turnsByIndex(interview), (head, _k, whole) => {
    const s = head as AnalyzedSentence;
    if (!whole) notes.next(s);
    sentences.push(s);
  });
  notes.done();
  const out: AnalyzedInterview = { interview, sentences, stance: e.stance, terms: e.terms };
  if ('piece' in e) out.piece = e.piece;
  return out;
}

/** What `encodeResult` stored; throws on anything else (the caller counts that as a miss). */
export function decodeResult(stored: unknown): DocResult {
  const codec = isPlainObject(stored) ? (stored as { codec?: unknown }).codec : undefined;
  if (codec === AS_IT_IS) return (stored as { result: DocResult }).result;
  if (codec !== CODEC) throw new Error(`not a ${CODEC} results entry`);
  const enc = stored as EncodedResult;
  const { file, kind, encoding, warnings } = enc.doc;
  return { file, kind, encoding, interviews: enc.interviews.map(decodeInterview), removed: readRemovals(enc.removed, file), warnings };
}
