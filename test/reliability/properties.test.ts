/**
 * Property-based tests (fast-check, fixed seeds so failures reproduce):
 *  - cleaning is idempotent: cleaning cleaned text changes nothing;
 *  - conservation: in random transcripts built from random speakers and text, every source word
 *    outside what was removed lands in exactly one turn, in order;
 *  - no random unicode text crashes the pipeline, and no random bytes crash ingest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../pipeline/ingest/index.js';
import { TurnlensError } from '../../pipeline/messages.js';
import { clean, cleanedText, raw, runAll, words } from './pipeline.js';

const FIRST = ['Alice', 'Bo', 'Chen', 'Dmitri', 'Émile', 'Fatima', 'Günter', 'Hiro', 'Ines', 'José'];
const LAST = ['Smith', 'Wang', 'Okafor', 'Zühlke', 'Nakamura', 'García', "O'Brien", 'Kowalski', 'Dubois', 'Lee'];
const VOCAB = [
  'we', 'the', 'network', 'security', 'trust', 'customers', 'United', 'States', 'Huawei', 'will', 'never', 'is',
  'and', 'but', 'research', '5G', 'in', '2019', 'chips', 'Europe', 'very', 'good', 'bad', 'not', 'I', 'think',
  'yes', 'no', 'our', 'company', 'future', 'world', 'open', 'said', 'question', 'answer', 'Mr', 'sanctions',
];
const PUNCT = ['', '', '', ',', '.', '?', '!', ';', ' —'];

const name = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`);
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 18 })
  .map((ws) => {
    const s = ws.map(([w, p]) => w + p).join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + (/[.?!]$/.test(s) ? '' : '.');
  });
const speech = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));

/** A transcript in one of the label conventions of issue 2, with random wrapping and blank lines. */
const transcript = fc
  .record({
    speakers: fc.uniqueArray(name, { minLength: 2, maxLength: 4 }),
    turns: fc.array(fc.tuple(fc.nat(), speech, fc.constantFrom('inline', 'own-line', 'wrapped'), fc.constantFrom(1, 1, 2)), { minLength: 1, maxLength: 25 }),
    crlf: fc.boolean(),
  })
  .map(({ speakers, turns }) => {
    const parts: string[] = [];
    const expected: Array<{ speaker: string; text: string }> = [];
    for (const [who, text, style, blanks] of turns) {
      const speaker = speakers[who % speakers.length];
      expected.push({ speaker, text });
      let body = text;
      if (style === 'wrapped') body = text.replace(/(\S+ \S+ \S+ \S+ \S+) /g, '$1\n');
      parts.push(style === 'inline' ? `${speaker}: ${body}` : `${speaker}:\n${body}`);
      parts.push('\n'.repeat(blanks));
    }
    return { text: parts.join('\n'), expected };
  });

const SEED = 20_240_601;

describe('properties', () => {
  it('cleaning is idempotent on random transcripts', () => {
    fc.assert(
      fc.property(transcript, ({ text }) => {
        const once = clean(raw(text));
        const onceText = cleanedText(once);
        const twice = clean(raw(onceText), { file: 'random.txt', kind: once.kind });
        expect(cleanedText(twice)).toBe(onceText);
        expect(twice.removed.filter((r) => r.what.trim() !== '')).toEqual([]);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('cleaning is idempotent on the sample corpus', () => {
    for (const f of ['ren-zhengfei-interviews-2019-11-to-2020-03.txt', 'ren-bbc-interview-news-2019-02.txt']) {
      const text = fs.readFileSync(path.join(__dirname, '..', '..', 'data', f), 'utf8');
      const once = clean(raw(text, `data/${f}`));
      const onceText = cleanedText(once);
      const twice = clean(raw(onceText, `data/${f}`), { file: f, kind: once.kind });
      expect(cleanedText(twice), f).toBe(onceText);
    }
  });

  it('conservation: the words of random transcripts land in turns, in order, attributed to their speaker', () => {
    fc.assert(
      fc.property(transcript, ({ text, expected }) => {
        const { doc } = runAll(text);
        const turns = doc.interviews.flatMap((iv) => iv.interview.turns);
        const removed = doc.removed.flatMap((r) => words(r.what));
        const source = words(text);
        const kept = turns.flatMap((t) => words(`${t.label} ${t.text}`));
        expect(kept.length + removed.length).toBe(source.length);
        // kept must be the source in order with only the removed words missing
        let i = 0;
        for (const w of kept) {
          while (i < source.length && source[i] !== w) i++;
          expect(i, `word ${JSON.stringify(w)} out of order`).toBeLessThan(source.length);
          i++;
        }
        // the speech of every generated turn is in a turn of its speaker
        const bySpeaker = new Map<string, string>();
        for (const t of turns) bySpeaker.set(t.speaker, `${bySpeaker.get(t.speaker) ?? ''} ${words(t.text).join(' ')} `);
        for (const e of expected) expect(bySpeaker.get(e.speaker) ?? '').toContain(` ${words(e.text).join(' ')} `);
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it('random unicode never crashes the pipeline (clean → … → tables)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }),
      fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(':', '\n', '\n\n', '“', '”', '"', 'Ren:', ' said', '-', '1', '\f')), { maxLength: 60 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text.filter((t) => /\S/.test(t)), (t) => {
        const { doc, tables } = runAll(t);
        expect(doc.interviews.length).toBeGreaterThanOrEqual(1);
        expect(tables.turns.reduce((n, r) => n + words(r.text).length, 0)).toBeLessThanOrEqual(words(t).length);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('random bytes never crash ingest: a RawDoc or a TurnlensError', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-bytes-'));
    try {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
          const file = path.join(dir, 'x.txt');
          fs.writeFileSync(file, bytes);
          try {
            const doc = readDoc(file);
            expect(doc.text).not.toContain('\r');
          } catch (e) {
            expect(e).toBeInstanceOf(TurnlensError);
            expect((e as TurnlensError).exitCode).toBe(2);
          }
        }),
        { numRuns: 500, seed: SEED },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
