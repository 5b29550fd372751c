/**
 * The tokens layer on disk, column-wise. A document holds tens of thousands of tokens; as objects
 * they serialize and, above all, deserialize slowly (each is a 8-field object of its own). Here each
 * field is one column per interview: offsets and flags in typed arrays, POS and token types as codes
 * into a small vocabulary, `normal` and `lemma` omitted when they equal the form they derive from.
 * `decodeTokenized(encodeTokenized(doc))` equals `doc`, odd values included (a test holds it).
 */
import type { Piece, Sentence, Token, TokenizedDoc, TokenizedInterview } from '../types.js';

type SentenceHead = Omit<Sentence, 'tokens'>;

interface TokenColumns {
  /** Tokens per sentence, in sentence order. */
  counts: Uint32Array;
  text: string[];
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
  codec: 'columns-1';
  doc: Omit<TokenizedDoc, 'interviews'>;
  /** Values of `pos` and `type` codes. */
  vocabulary: string[];
  interviews: Array<{ interview: TokenizedInterview['interview']; sentences: SentenceHead[]; tokens: TokenColumns; piece?: Piece }>;
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
  const { interviews, ...rest } = doc;
  return {
    codec: 'columns-1',
    doc: rest,
    vocabulary,
    interviews: interviews.map(({ interview, sentences, piece }) => {
      const n = sentences.reduce((k, s) => k + s.tokens.length, 0);
      const cols: TokenColumns = {
        counts: new Uint32Array(sentences.length),
        text: new Array<string>(n),
        normal: new Array<string | null>(n),
        lemma: new Array<string | null>(n),
        pos: new Uint16Array(n),
        type: new Uint16Array(n),
        start: new Uint32Array(n),
        end: new Uint32Array(n),
        negated: new Uint8Array(n),
      };
      let k = 0;
      const heads = sentences.map(({ tokens, ...head }, i) => {
        cols.counts[i] = tokens.length;
        for (const t of tokens) {
          cols.text[k] = t.text;
          // null marks "derived"; any other value (even a missing one) is stored as it is.
          cols.normal[k] = typeof t.text === 'string' && t.normal === t.text.toLowerCase() ? null : t.normal;
          cols.lemma[k] = t.lemma === t.normal ? null : t.lemma;
          cols.pos[k] = code(t.pos);
          cols.type[k] = code(t.type);
          cols.start[k] = t.start;
          cols.end[k] = t.end;
          cols.negated[k] = t.negated ? 1 : 0;
          k++;
        }
        return head;
      });
      return piece ? { interview, sentences: heads, tokens: cols, piece } : { interview, sentences: heads, tokens: cols };
    }),
  };
}

/** Interview `i` of an entry, tokens as objects again: a document can be decoded one interview at a time. */
export function decodeInterview(enc: EncodedTokenizedDoc, i: number): TokenizedInterview {
  const v = enc.vocabulary;
  const { interview, sentences, tokens: c, piece } = enc.interviews[i];
  let k = 0;
  const decoded: TokenizedInterview = {
    interview,
    sentences: sentences.map((head, s) => {
      const tokens: Token[] = new Array<Token>(c.counts[s]);
      for (let j = 0; j < tokens.length; j++, k++) {
        const text = c.text[k];
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
      return { ...head, tokens };
    }),
  };
  if (piece) decoded.piece = piece;
  return decoded;
}

export function decodeTokenized(enc: EncodedTokenizedDoc): TokenizedDoc {
  return { ...enc.doc, interviews: enc.interviews.map((_, i) => decodeInterview(enc, i)) };
}

/** Throws on anything but an entry this codec wrote (the caller counts that as a miss). */
export function checkEncoded(stored: unknown): EncodedTokenizedDoc {
  if (typeof stored === 'object' && stored !== null && (stored as { codec?: unknown }).codec === 'columns-1') {
    return stored as EncodedTokenizedDoc;
  }
  throw new Error('not a columns-1 tokens entry');
}
