/**
 * Stage: Interview → Sentence[]. Each turn is read once by wink-nlp; sentences keep offsets in the
 * turn's text, the source line they start on, and their tokens (with lemma, POS and negation flag)
 * for the analyzers. Tokens are dropped after analysis (see analyze.ts).
 */
import type { Interview, Sentence, Token, Turn } from '../types.js';
import { column, nlp } from './nlp.js';
import { tokenColumns } from './lexemes.js';
import { lineAt, tokenOffsets } from './offsets.js';
import { repairBoundaries, type TokenSpan } from './boundaries.js';

export function toSentences(interview: Interview): Sentence[] {
  const out: Sentence[] = [];
  for (const turn of interview.turns) turnSentences(interview.id, turn, out);
  return out;
}

/** The sentences of one turn, appended to `out`. */
export function turnSentences(interviewId: string, turn: Turn, out: Sentence[] = []): Sentence[] {
  if (!/\S/.test(turn.text)) return out;
  const w = nlp();
  const doc = w.readDoc(turn.text);
  const { value, normal, type, pos, lemma, negated, spaces } = tokenColumns(w, doc.tokens());
  const offsets = tokenOffsets(turn.text, value, spaces);
  const raw: TokenSpan[] = column<number[]>(doc.sentences(), w.its.span).map((s) => ({ first: s[0], last: s[1] }));
  const spans = repairBoundaries({ value, normal, type, spaces }, raw);
  let index = 0;
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
        start: offsets[2 * i],
        end: offsets[2 * i + 1],
        negated: negated[i] ?? false,
      });
    }
    if (toks.length === 0) continue;
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    out.push({
      id: `${interviewId}:${turn.index}:${index}`,
      interviewId,
      turnIndex: turn.index,
      index,
      speaker: turn.speaker,
      role: turn.role,
      text: turn.text.slice(start, end),
      start,
      end,
      source: { file: turn.source.file, line: lineAt(turn.lineMap, start, turn.source.line) },
      tokens: toks,
    });
    index++;
  }
  return out;
}
