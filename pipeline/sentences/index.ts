/**
 * Stage: Interview → Sentence[]. Each turn is read once by wink-nlp; sentences keep offsets in the
 * turn's text, the source line they start on, and their tokens (with lemma, POS and negation flag)
 * for the analyzers. Tokens are dropped after analysis (see analyze.ts).
 */
import type { Interview, Sentence, Token, Turn } from '../types.js';
import { column, nlp } from './nlp.js';
import { tokenColumns, type TokenColumns } from './lexemes.js';
import { lineAt, tokenOffsets } from './offsets.js';
import { repairBoundaries, type TokenSpan } from './boundaries.js';
import { runCuts } from './pieces.js';
import { sentenceHead } from './head.js';

/**
 * The sentences of an interview. What wink learned from texts read before is still in view (see
 * nlp.ts): callers reading unrelated texts (documents, lines to score) call forgetLearnedWords first.
 */
export function toSentences(interview: Interview): Sentence[] {
  return turnsSentences(interview, 0, interview.turns.length);
}

/** The sentences of turns [from, to) of an interview (see toSentences on what wink learned before). */
export function turnsSentences(interview: Interview, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  for (let t = from; t < to; t++) turnSentences(interview.id, interview.turns[t], out);
  return out;
}

/**
 * A slice of a turn too long to read at once (batches.ts, PieceSpan): its characters [start, end),
 * and the index its first sentence takes (the number of sentences in the slices before it).
 */
export interface TurnSlice {
  start: number;
  end: number;
  firstIndex: number;
}

/**
 * The sentences of one turn, or of one slice of it, appended to `out` (see toSentences on what wink
 * learned before). A slice's sentences keep their offsets in the whole turn's text.
 */
export function turnSentences(interviewId: string, turn: Turn, out: Sentence[] = [], slice?: TurnSlice): Sentence[] {
  const base = slice?.start ?? 0;
  const text = slice ? turn.text.slice(slice.start, slice.end) : turn.text;
  if (!/\S/.test(text)) return out;
  const { value, normal, type, pos, lemma, negated, spaces, offsets, spans: raw } = readTurn(text);
  const spans = repairBoundaries({ value, normal, type, spaces }, raw);
  let index = slice?.firstIndex ?? 0;
  for (const span of spans) {
    const toks: Token[] = [];
    for (let i = span.first; i <= span.last; i++) {
      // Line breaks are tokens in wink ('tabCRLF'); they are layout, not words.
      if (type[i] === 'tabCRLF') continue;
      // wink leaves some columns short for a few tokens (no lemma for a sentence-final "cannot"):
      // fall back to the normal form rather than let `undefined` reach the analyzers.
      const norm = normal[i] ?? value[i].toLowerCase();
      toks.push({
        text: value[i],
        normal: norm,
        lemma: lemma[i] ?? norm,
        pos: pos[i] ?? 'X',
        type: type[i],
        start: base + offsets[2 * i],
        end: base + offsets[2 * i + 1],
        negated: negated[i] ?? false,
      });
    }
    if (toks.length === 0) continue;
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    out.push(Object.assign(sentenceHead(interviewId, turn, index, start, end, lineAt(turn.lineMap, start, turn.source.line)), { tokens: toks }));
    index++;
  }
  return out;
}

/** What wink reads in a text: token columns, token offsets in the text, and wink's sentence spans. */
interface Reading extends TokenColumns {
  offsets: Int32Array;
  spans: TokenSpan[];
}

function readPiece(text: string): Reading {
  const w = nlp();
  const doc = w.readDoc(text);
  const cols = tokenColumns(w, doc.tokens());
  const offsets = tokenOffsets(text, cols.value, cols.spaces);
  const spans = column<number[]>(doc.sentences(), w.its.span).map((s) => ({ first: s[0], last: s[1] }));
  // Field by field rather than `{ ...cols }`: object spread goes through the runtime, once per turn.
  const { value, normal, type, pos, lemma, negated, spaces } = cols;
  return { value, normal, type, pos, lemma, negated, spaces, offsets, spans };
}

/**
 * The whole turn in one wink read, unless it holds a whitespace-free run too long for wink to read in
 * linear time (see pieces.ts): then piece by piece, with token indexes and offsets shifted so the
 * result reads as one document of the whole turn.
 */
function readTurn(text: string): Reading {
  const cuts = runCuts(text);
  if (cuts.length === 0) return readPiece(text);
  const all: Reading = { value: [], normal: [], type: [], pos: [], lemma: [], negated: [], spaces: [], offsets: new Int32Array(0), spans: [] };
  const offsets: number[] = [];
  const bounds = [0, ...cuts, text.length];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const base = bounds[p];
    const r = readPiece(text.slice(base, bounds[p + 1]));
    const shift = all.value.length;
    // Index by index: wink may leave a column short, and a short column must stay short only at its own tokens.
    for (let i = 0; i < r.value.length; i++) {
      all.value.push(r.value[i]);
      all.normal.push(r.normal[i]);
      all.type.push(r.type[i]);
      all.pos.push(r.pos[i]);
      all.lemma.push(r.lemma[i]);
      all.negated.push(r.negated[i]);
      all.spaces.push(r.spaces[i]);
      offsets.push(base + r.offsets[2 * i], base + r.offsets[2 * i + 1]);
    }
    for (const s of r.spans) all.spans.push({ first: s.first + shift, last: s.last + shift });
  }
  all.offsets = Int32Array.from(offsets);
  return all;
}
