/**
 * The tokens layer on disk, column-wise. A document holds tens of thousands of tokens; as objects
 * they serialize and, above all, deserialize slowly (each is a 8-field object of its own). Here each
 * field is one column per interview: offsets and flags in typed arrays, POS and token types as codes
 * into a small vocabulary, and `text`, `normal` and `lemma` omitted when they equal what they derive
 * from (the sentence's text at the token's offsets, the text in lower case, the normal form).
 * Sentence heads, turns and removed lines are stored as columns too (sentence-heads.ts,
 * interview-codec.ts, removals.ts).
 * `decodeTokenized(encodeTokenized(doc))` equals `doc`, odd values included (a test holds it).
 */
import type { Piece, Token, TokenizedDoc, TokenizedInterview } from '../types.js';
import { addHead, emptyHeadColumns, HEAD_KEYS, readHeads, turnsByIndex, type HeadColumns, type SentenceHead } from './sentence-heads.js';
import { hasKeys } from './shape.js';
import { readRemovals, storeRemovals, type StoredRemovals } from './removals.js';
import { readInterview, storeInterview, type StoredInterview } from './interview-codec.js';

const CODEC = 'columns-2';
const SENTENCE_KEYS = [...HEAD_KEYS, 'tokens'];

interface TokenColumns {
  /** Tokens per sentence, in sentence order. */
  counts: Uint32Array;
  /** null where the text is the sentence's text from the token's start to its end. */
  text: Array<string | null>;
  /** null where normal === text.toLowerCase(). */
  normal: Array<string | null>;
  /** null where lemma === normal. */
  lemma: Array<string | null>;
  pos: Uint16Array;
  type: Uint16Array;
  start: Uint32Array;
  end: Uint32Array;
  negated: Uint8Array;
}

export interface EncodedTokenizedDoc {
  codec: typeof CODEC;
  doc: Omit<TokenizedDoc, 'interviews' | 'removed'>;
  removed: StoredRemovals;
  /** Values of `pos` and `type` codes. */
  vocabulary: string[];
  interviews: Array<{ interview: StoredInterview; heads: HeadColumns; tokens: TokenColumns; piece?: Piece }>;
}

/** The token's text as the sentence gives it (`start`, `end` as the columns hold them). */
function textAt(head: SentenceHead, start: number, end: number): string {
  return head.text.slice(start - head.start, end - head.start);
}

export function encodeTokenized(doc: TokenizedDoc): EncodedTokenizedDoc {
  const vocabulary: string[] = [];
  const codes = new Map<string, number>();
  const code = (s: string): number => {
    let c = codes.get(s);
    if (c === undefined) {
      c = vocabulary.length;
      vocabulary.push(s);
      codes.set(s, c);
    }
    return c;
  };
  const { interviews, removed, ...rest } = doc;
  return {
    codec: CODEC,
    doc: rest,
    removed: storeRemovals(removed, doc.file),
    vocabulary,
    interviews: interviews.map(({ interview, sentences, piece }) => {
      const n = sentences.reduce((k, s) => k + s.tokens.length, 0);
      const cols: TokenColumns = {
        counts: new Uint32Array(sentences.length),
        // Filled in order from empty, these arrays stay packed, which v8.serialize writes densely
        // (one byte per null); preallocated ones have holes and are written index by index.
        text: [],
        normal: [],
        lemma: [],
        pos: new Uint16Array(n),
        type: new Uint16Array(n),
        start: new Uint32Array(n),
        end: new Uint32Array(n),
        negated: new Uint8Array(n),
      };
      let k = 0;
      const heads = emptyHeadColumns();
      const turns = turnsByIndex(interview);
      sentences.forEach((sentence, i) => {
        const { tokens, ...head } = sentence;
        addHead(heads, head, hasKeys(sentence, SENTENCE_KEYS), interview.id, turns);
        cols.counts[i] = tokens.length;
        for (const t of tokens) {
          cols.start[k] = t.start;
          cols.end[k] = t.end;
          // null marks "derived"; any other value (even a missing one) is stored as it is.
          cols.text[k] = typeof head.text === 'string' && t.text === textAt(head, cols.start[k], cols.end[k]) ? null : t.text;
          cols.normal[k] = typeof t.text === 'string' && t.normal === t.text.toLowerCase() ? null : t.normal;
          cols.lemma[k] = t.lemma === t.normal ? null : t.lemma;
          cols.pos[k] = code(t.pos);
          cols.type[k] = code(t.type);
          cols.negated[k] = t.negated ? 1 : 0;
          k++;
        }
      });
      const stored = storeInterview(interview);
      return piece ? { interview: stored, heads, tokens: cols, piece } : { interview: stored, heads, tokens: cols };
    }),
  };
}

/** Interview `i` of an entry, tokens as objects again: a document can be decoded one interview at a time. */
export function decodeInterview(enc: EncodedTokenizedDoc, i: number): TokenizedInterview {
  const v = enc.vocabulary;
  const { interview: stored, heads, tokens: c, piece } = enc.interviews[i];
  const interview = readInterview(stored);
  let k = 0;
  const sentences: TokenizedInterview['sentences'] = [];
  readHeads(heads, interview.id, turnsByIndex(interview), (head, s, whole) => {
    const tokens: Token[] = new Array<Token>(c.counts[s]);
    for (let j = 0; j < tokens.length; j++, k++) {
      const storedText = c.text[k];
      const text = storedText === null ? textAt(head, c.start[k], c.end[k]) : storedText;
      const storedNormal = c.normal[k];
      const normal = storedNormal === null ? text.toLowerCase() : storedNormal;
      const storedLemma = c.lemma[k];
      tokens[j] = {
        text,
        normal,
        lemma: storedLemma === null ? normal : storedLemma,
        pos: v[c.pos[k]],
        type: v[c.type[k]],
        start: c.start[k],
        end: c.end[k],
        negated: c.negated[k] === 1,
      };
    }
    // A head rebuilt here is this sentence's own; one stored whole stays as it was read.
    sentences.push(whole ? { ...head, tokens } : Object.assign(head, { tokens }));
  });
  const decoded: TokenizedInterview = { interview, sentences };
  if (piece) decoded.piece = piece;
  return decoded;
}

/** Everything of the document but its interviews. */
export function decodeDocHead(enc: EncodedTokenizedDoc): Omit<TokenizedDoc, 'interviews'> {
  const { file, kind, encoding, warnings } = enc.doc;
  return { file, kind, encoding, removed: readRemovals(enc.removed, file), warnings };
}

export function decodeTokenized(enc: EncodedTokenizedDoc): TokenizedDoc {
  const { file, kind, encoding, removed, warnings } = decodeDocHead(enc);
  return { file, kind, encoding, interviews: enc.interviews.map((_, i) => decodeInterview(enc, i)), removed, warnings };
}

/** Throws on anything but an entry this codec wrote (the caller counts that as a miss). */
export function checkEncoded(stored: unknown): EncodedTokenizedDoc {
  if (typeof stored === 'object' && stored !== null && (stored as { codec?: unknown }).codec === CODEC) {
    return stored as EncodedTokenizedDoc;
  }
  throw new Error(`not a ${CODEC} tokens entry`);
}
