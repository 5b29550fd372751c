/**
 * A sentence without its tokens: everything but its number within the turn, its offsets and its
 * source line is what its turn gives. The sentence stage makes sentences this way, and the cache
 * rebuilds stored ones the same way (pipeline/cache/sentence-heads.ts).
 */
import type { Sentence, Turn } from '../types.js';

export type SentenceHead = Omit<Sentence, 'tokens'>;

/** Sentence `index` of `turn`, over [start, end) of its text, starting on source line `line`. */
export function sentenceHead(interviewId: string, turn: Turn, index: number, start: number, end: number, line: number): SentenceHead {
  return {
    id: `${interviewId}:${turn.index}:${index}`,
    interviewId,
    turnIndex: turn.index,
    index,
    speaker: turn.speaker,
    role: turn.role,
    text: turn.text.slice(start, end),
    start,
    end,
    source: { file: turn.source.file, line },
  };
}
