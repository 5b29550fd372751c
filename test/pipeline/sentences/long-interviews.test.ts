/**
 * A long interview read in pieces (pipeline/sentences/long-interviews.ts) gives what it gives read
 * whole, on the sample compilation: its interviews are tens of thousands of characters of named
 * people, places and companies. Two small transcripts show what the entity finder's sweeps are for:
 * read turn by turn without them, a surname is left unresolved.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { prepare, processDocument, processDocumentParts, mergeParts, findInterviews, type DocResult } from '../../../pipeline/index.js';
import { analyzeSentences } from '../../../pipeline/sentences/analyze.js';
import { turnsSentences } from '../../../pipeline/sentences/index.js';
import { forgetLearnedWords, nlp } from '../../../pipeline/sentences/nlp.js';
import { SWEEP_HOLD_CHARS } from '../../../pipeline/sentences/batches.js';
import { DATA } from '../parallel/fixtures.js';

const FILE = path.join(DATA, 'ren-zhengfei-interviews-2019-11-to-2020-03.txt');
const raw = { file: FILE, encoding: 'UTF-8', sha256: 'compilation', text: fs.readFileSync(FILE, 'utf8') };
const ctx = prepare({ dataDir: DATA });
const how = { batchChars: 12_000, longInterviewChars: 20_000 };

describe('a long interview in pieces', () => {
  const whole = processDocument(raw, ctx);
  const parts: DocResult[] = [];
  processDocumentParts(raw, ctx, (part) => void parts.push(part), how);

  it('is read in pieces, each a part of its own', () => {
    const pieces = parts.flatMap((p) => p.interviews.filter((a) => a.piece));
    expect(pieces.length).toBeGreaterThan(whole.interviews.length);
    expect(parts.every((p) => p.interviews.length === 1 || !p.interviews.some((a) => a.piece))).toBe(true);
  });

  it('gives, joined, every interview, sentence, mention, theme, stance and term count of the whole reading', () => {
    expect(JSON.stringify(mergeParts(parts, ctx))).toBe(JSON.stringify(whole));
  });

  it('reads its pieces twice: the second sweep reads the sentences the first held for it, and gives what reading every piece again gives', () => {
    const reads = (holdChars: number) => {
      const w = nlp();
      const readDoc = vi.spyOn(w, 'readDoc');
      const got: DocResult[] = [];
      try {
        processDocumentParts(raw, ctx, (part) => void got.push(part), { ...how, sweepHoldChars: holdChars });
        expect(nlp()).toBe(w);
        return { count: readDoc.mock.calls.length, joined: JSON.stringify(mergeParts(got, ctx)) };
      } finally {
        readDoc.mockRestore();
      }
    };
    const held = reads(SWEEP_HOLD_CHARS);
    const again = reads(0);
    expect(held.joined).toBe(JSON.stringify(whole));
    expect(again.joined).toBe(held.joined);
    // Every turn of a piece is one wink document: read in two sweeps and the final pass, or in one sweep and the pass.
    const pieceTurns = parts.flatMap((p) => p.interviews.filter((a) => a.piece)).reduce((n, a) => n + a.interview.turns.length, 0);
    const otherTurns = whole.interviews.reduce((n, a) => n + a.interview.turns.length, 0) - pieceTurns;
    expect(again.count).toBe(otherTurns + 3 * pieceTurns);
    expect(held.count).toBe(otherTurns + 2 * pieceTurns);
  });
});

describe('a turn read in slices', () => {
  // One monologue on one line: the turns of the sample's first three interviews, about 140,000 characters.
  const { interviews } = findInterviews(raw, ctx);
  const body = interviews.slice(0, 3).flatMap((f) => f.interview.turns.map((t) => t.text.replace(/\s+/g, ' ').trim())).join(' ');
  const monologue = (text: string) => ({ file: 'monologue.txt', encoding: 'UTF-8', sha256: 'monologue', text: `Ren Zhengfei: ${text}\n` });
  const sliced = { batchChars: 5_000, longInterviewChars: 20_000, sliceChars: 5_000 };
  const inSlices = (doc: ReturnType<typeof monologue>) => {
    const parts: DocResult[] = [];
    processDocumentParts(doc, ctx, (part) => void parts.push(part), sliced);
    return parts;
  };

  it('gives, joined, what the whole turn gives, stance included, a "they" after a cut referring back across it', () => {
    const doc = monologue(body);
    const whole = processDocument(doc, ctx);
    const parts = inSlices(doc);
    expect(whole.interviews[0].interview.turns).toHaveLength(1);
    expect(parts.length).toBeGreaterThan(20);
    expect(parts.slice(1).every((p) => p.interviews[0].interview.turns.length === 0)).toBe(true);
    expect(whole.interviews[0].stance.length).toBeGreaterThan(0);
    expect(JSON.stringify(mergeParts(parts, ctx))).toBe(JSON.stringify(whole));
    // Without what one slice carries to the next, the stance rows lose the sentences whose "they",
    // "them" or "their" refers back to a thing named before a cut.
    const forgetful = { ...ctx, plan: ctx.plan.map((a) => (a.name === 'stance' ? { ...a, carries: undefined } : a)) };
    const cut: DocResult[] = [];
    processDocumentParts(doc, forgetful, (part) => void cut.push(part), sliced);
    const evidence = (d: DocResult) => d.interviews[0].stance.flatMap((t) => t.evidence);
    const lost = evidence(whole).filter((id) => !evidence(mergeParts(cut, forgetful)).includes(id));
    expect(lost.length).toBeGreaterThan(0);
    for (const id of lost) expect(whole.interviews[0].sentences.find((x) => x.id === id)!.text).toMatch(/\b(they|them|their)\b/i);
  });
});

describe('the entity finder’s sweeps', () => {
  const transcript = (...turns: string[]) => `${turns.map((t, i) => `${i % 2 ? 'SAM ROE' : 'ANN LEE'}: ${t}`).join('\n\n')}\n`;
  // A lone surname, then the full name it belongs to, in a later piece: found by a title (steps 1–2,
  // the first sweep), or only by compromise (step 5, the second sweep).
  const cases: Array<[string, string]> = [
    ['a surname, then the full name with a title', transcript('Did Kowalczyk approve the plan?', 'Kowalczyk approved it last week.', 'Who runs the factory?', 'It is run by Ms. Anna Kowalczyk.', 'Thank you.')],
    ['a titled surname, then the full name alone', transcript('Did Mrs. Kowalczyk approve the plan?', 'Yes, last week.', 'Who runs the factory?', 'The factory is run by Anna Kowalczyk, and it is secure.', 'Thank you.')],
  ];
  const mentions = (doc: DocResult) => doc.interviews.flatMap((a) => a.sentences.map((s) => s.mentions.map((m) => m.entity).join(',')));

  it.each(cases)('%s: one turn a piece, the mentions of the whole interview', (_, text) => {
    const doc = { file: 'x.txt', encoding: 'UTF-8', sha256: 'x', text };
    const whole = processDocument(doc, ctx);
    const parts: DocResult[] = [];
    processDocumentParts(doc, ctx, (part) => void parts.push(part), { batchChars: 1, longInterviewChars: 10 });
    expect(parts.length).toBe(whole.interviews[0].interview.turns.length);
    expect(mentions(whole)).toContain('Anna Kowalczyk');
    expect(JSON.stringify(mergeParts(parts, ctx))).toBe(JSON.stringify(whole));
    // Without the sweeps, each turn read as an interview of its own leaves the surname unresolved.
    const { interviews } = findInterviews(doc, ctx);
    const interview = interviews[0].interview;
    forgetLearnedWords();
    const alone = interview.turns.flatMap((_, t) => analyzeSentences(interview, turnsSentences(interview, t, t + 1), ctx).sentences);
    expect(alone.map((s) => s.mentions.map((m) => m.entity).join(','))).not.toEqual(mentions(whole));
  });
});

describe('the entity finder’s sweeps, on random interviews', () => {
  // Names that the gazetteer knows, that only a title or compromise finds, their lone parts, words
  // that are also names written in lower case, capitalised runs with and without head words.
  const WORDS = [
    'Anna Kowalczyk', 'Kowalczyk', 'Ms. Kowalczyk', 'Carlos Slim', 'Slim', 'slim', 'Mr. Western', 'Western', 'western',
    'Meng Wanzhou', 'Meng', 'the United States', 'China', 'Bank of China', 'Huawei', 'Acme Holdings', 'Stephen Engle',
    'Engle', 'Lee Kuan Yew School of Public Policy', 'Dr. Rossi', 'Rossi', 'Giulia Rossi', 'we', 'met', 'said', 'and', 'the',
    'trust', 'is', 'secure', 'of', 'in', 'Europe', 'Nokia', 'yesterday',
  ];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
  const turn = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
  const mentions = (doc: DocResult) => doc.interviews.flatMap((a) => a.sentences.map((s) => s.mentions.map((m) => m.entity).join(',')));

  it('one turn a piece, the second sweep reading what the first held or every piece again: what the whole interview gives', () => {
    let named = 0;
    fc.assert(
      fc.property(fc.array(turn, { minLength: 2, maxLength: 10 }), (turns) => {
        const text = `${turns.map((t, i) => `${i % 2 ? 'SAM ROE' : 'ANN LEE'}: ${t}`).join('\n\n')}\n`;
        const doc = { file: 'random.txt', encoding: 'UTF-8', sha256: 'random', text };
        const whole = processDocument(doc, ctx);
        for (const sweepHoldChars of [SWEEP_HOLD_CHARS, 0]) {
          const parts: DocResult[] = [];
          processDocumentParts(doc, ctx, (part) => void parts.push(part), { batchChars: 1, longInterviewChars: 10, sweepHoldChars });
          expect(JSON.stringify(mergeParts(parts, ctx))).toBe(JSON.stringify(whole));
        }
        if (mentions(whole).some((m) => m.includes('Kowalczyk') || m.includes('Slim') || m.includes('Rossi'))) named++;
      }),
      { seed: 20_261_123, numRuns: 40 },
    );
    // Most interviews name someone only compromise or a title finds.
    expect(named).toBeGreaterThan(20);
  });
});
