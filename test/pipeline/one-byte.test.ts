import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneByte, oneByteLines } from '../../pipeline/one-byte.js';
import { decodeBytes } from '../../pipeline/ingest/decode.js';
import { prepare, processDocument } from '../../pipeline/index.js';
import { DATA } from './parallel/fixtures.js';

const WIDE = /[^\x00-\xff]/;

/**
 * Whether V8 holds `s` two bytes a character: its serializer writes a string as it is held (one
 * byte a character, or two), so the serialized size tells. Only for strings of 16 characters or more,
 * where the difference is larger than the header.
 */
function heldWide(s: string): boolean {
  if (s.length < 16) throw new Error(`too short to tell: ${JSON.stringify(s)}`);
  return v8.serialize(s).length > 1.5 * s.length + 8;
}

/** A Latin-1 string held two bytes a character, as one cut from a document with a dash in it is. */
const cutFromWide = (s: string): string => `${s}–`.slice(0, s.length);

describe('oneByteLines: the lines of a text, as split(\'\\n\') gives them', () => {
  it.each([
    ['', ['']],
    ['one line', ['one line']],
    ['a\nb\n', ['a', 'b', '']],
    ['\n\n', ['', '', '']],
    ['Ren – Davos\nplain line\n…', ['Ren – Davos', 'plain line', '…']],
    ['café ÿ \u00a0 ×\nsmart ’quotes’\r\nend', ['café ÿ \u00a0 ×', 'smart ’quotes’\r', 'end']],
    ['emoji 😀 here\nnext', ['emoji 😀 here', 'next']],
  ])('%j', (text, lines) => {
    expect(oneByteLines(text)).toEqual(lines);
  });

  it('gives the same values as split for any text, and oneByte gives the text back', () => {
    const char = fc.oneof(fc.constantFrom('\n', '\r', ' ', 'a', 'é', '\u00ff', '–', '’', '😀'), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        expect(oneByteLines(text)).toEqual(text.split('\n'));
        expect(oneByte(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('holds a line one byte a character unless it has a character past Latin-1', () => {
    const text = 'A long enough first line, with a dash – in it\nA long enough second line, Latin-1 only: café\n\nthird line without anything wide';
    // The measure itself: a plain split of this text gives lines held two bytes a character.
    expect(text.split('\n').map((l) => l.length >= 16 && heldWide(l))).toEqual([true, true, false, true]);
    expect(oneByteLines(text).map((l) => l.length >= 16 && heldWide(l))).toEqual([true, false, false, false]);
    // A Latin-1 string held wide, as one cut from a wider string is.
    const latin = cutFromWide('Latin-1 only, café, but cut from a wider string');
    expect(heldWide(latin)).toBe(true);
    expect(heldWide(oneByte(latin))).toBe(false);
  });

  it('is given Latin-1 text one byte a character by every decoder ingest uses', () => {
    const text = 'Latin-1 only text: café, naïve, £5 and 50% off\nand its second line, also long';
    const decoded = [
      decodeBytes('f.txt', Buffer.from(text, 'utf8')),
      decodeBytes('f.txt', Buffer.from(text, 'latin1')),
      decodeBytes('f.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    ];
    expect(decoded.map((d) => d.text)).toEqual([text, text, text]);
    expect(decoded.flatMap((d) => oneByteLines(d.text)).filter(heldWide)).toEqual([]);
  });
});

describe('a document with one wide character: what is cut from it is held one byte a character', () => {
  const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'transcripts', 'compilation.txt');
  // The fixture is ASCII; a dash in its first line makes the whole text two bytes a character, and
  // one in the interview's title line makes the line its id is cut from two bytes a character too.
  const text = fs
    .readFileSync(FIXTURE, 'utf8')
    .replace('Listening First', 'Listening First – Notes')
    .replace("Ada Stone's Interview with The Daily Bridge", "Ada Stone's Interview with The Daily Bridge – Spring");
  const ctx = prepare({ dataDir: DATA });
  const doc = processDocument({ file: FIXTURE, encoding: 'UTF-8', sha256: 'wide', text }, ctx);
  const long = (s: string) => s.length >= 16 && !WIDE.test(s);

  it('turn texts, sentence texts, interview ids and removed lines', () => {
    expect(heldWide(text)).toBe(true);
    const turns = doc.interviews.flatMap((a) => a.interview.turns.map((t) => t.text)).filter(long);
    const sentences = doc.interviews.flatMap((a) => a.sentences.map((s) => s.text)).filter(long);
    const ids = doc.interviews.map((a) => a.interview.id).filter(long);
    const removed = doc.removed.map((r) => r.what).filter(long);
    for (const found of [turns, sentences, ids, removed]) expect(found.length).toBeGreaterThan(0);
    expect([...turns, ...sentences, ...ids, ...removed].filter(heldWide)).toEqual([]);
  });
});
