import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Interner, shareStrings } from '../../../pipeline/parallel/intern.js';
import type { AnalyzedSentence, DocResult, Turn } from '../../../pipeline/types.js';

const FILE = 'data/interview.txt';

function turn(index: number, speaker: string, text: string): Turn {
  return {
    interviewId: 'iv-1', index, speaker, label: `${speaker}:`, role: index % 2 ? 'interviewee' : 'interviewer',
    affiliation: null, answersTurn: index % 2 ? index - 1 : null, source: { file: FILE, line: index + 1 },
    lineMap: [[0, index + 1]], text, nWords: text.split(' ').length,
  };
}

function sentence(t: Turn, index: number, start: number, end: number): AnalyzedSentence {
  return {
    id: `iv-1:${t.index}:${index}`, interviewId: 'iv-1', turnIndex: t.index, index, speaker: t.speaker, role: t.role,
    text: t.text.slice(start, end), start, end, source: { file: FILE, line: t.source.line }, nWords: 3,
    sentiment: { score: 0.5, label: 'positive' },
    mentions: [{ entity: 'United States', type: 'country', surface: 'US', start: 0, end: 2 }],
    themes: [{ theme: 'us_relations', weight: 1, cues: ['@United States'] }],
  };
}

/** A small DocResult as it arrives from a worker: a structured clone, every string its own copy. */
function received(): DocResult {
  const turns = [turn(0, 'Host', 'US policy is clear. What about chips?'), turn(1, 'Ren', 'US chips matter. We will survive.')];
  const doc: DocResult = {
    file: FILE, kind: 'transcript', encoding: 'UTF-8', removed: [{ file: FILE, line: 9, what: '12', why: 'page number' }],
    warnings: [],
    interviews: [{
      interview: {
        id: 'iv-1', title: 'T', date: null, place: null, outlets: [], kind: 'interview', sourceFile: FILE, interviewee: 'Ren',
        speakers: [], turns,
      },
      sentences: [sentence(turns[0], 0, 0, 19), sentence(turns[0], 1, 20, 38), sentence(turns[1], 0, 0, 16)],
      stance: [{ turnIndex: 1, speaker: 'Ren', target: 'United States', score: 0.1, label: 'neutral', evidence: ['iv-1:1:0'], sentenceScores: [0.1] }],
      terms: { unigrams: { chip: 2 }, bigrams: {}, nTokens: 12 },
    }],
  };
  return v8.deserialize(v8.serialize(doc)) as DocResult;
}

describe('shareStrings', () => {
  it('changes no value', () => {
    const doc = received();
    const before = JSON.stringify(doc);
    expect(JSON.stringify(shareStrings(doc, new Interner()))).toBe(before);
  });

  it('resolves a second document’s strings to those already held', () => {
    const interner = new Interner();
    shareStrings(received(), interner);
    const held = interner.size;
    // speaker, role, ids, file, labels, entity, theme, cue… each held once however often it occurs.
    expect(held).toBeLessThan(25);
    shareStrings(received(), interner);
    expect(interner.size).toBe(held);
  });
});
