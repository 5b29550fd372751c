/**
 * The units of a text: the pieces between runs of spaces, which wink's tokenizer splits a text into
 * and then reads one at a time, each by itself (its lexicon lookups are of the unit and of pieces of
 * it). A unit's tokens therefore depend on the unit and on what wink has learned, nothing else: read
 * once, a unit's readings serve every text holding it, as long as what wink learned before it in that
 * text would not change them (see `taughtWithin`).
 *
 * Of what wink learns, only the words a forget forgets (those mixing kinds of character, see
 * pipeline/sentences/nlp.ts) can change how a later piece of text is tokenized, and only a piece
 * holding the word: every lookup is of the piece's text, exactly. So:
 *   - distinct units are read many to a wink document, one line each, a forget before each document;
 *     a unit holding a forgettable word that an earlier unit of that document taught wink is read
 *     again (in a later pass, and alone after a few), so each unit gets the readings it gets first
 *     thing after a forget;
 *   - each unit notes the forgettable words it teaches; a text in which a later unit holds one of them
 *     is read whole instead (text.ts).
 */
import type { FactsTable } from './score.js';
import { bare, readDocument, type Reading } from './readings.js';

export interface UnitReading {
  readings: readonly Reading[];
  /** Whether a reading is a cue (see Reading.cue): without one, a text of such units scores 0. */
  cue: boolean;
  /** The forgettable words wink learns reading the unit after a forget. */
  teaches: readonly string[];
}

/** A distinct unit of the texts read, and what it reads as once read. */
export interface UnitSlot {
  unit: string;
  read?: UnitReading;
}

/** Units per wink document. */
export const UNIT_BATCH = 1024;
/** Passes over the units a document left to read again, before those left after them are read alone. */
const PASSES = 3;

const NONE: readonly string[] = [];

/** The units of `text`, in order, as wink's tokenizer splits it (`bare.splitter()`). */
export function unitsOf(text: string, splitter: RegExp): string[] {
  const pieces = text.split(splitter);
  const units: string[] = [];
  // The splitter's one group puts each run of spaces at an odd index.
  for (let i = 0; i < pieces.length; i += 2) if (pieces[i] !== '') units.push(pieces[i]);
  return units;
}

/**
 * Whether one of a text's `units` (read) holds a word that an earlier one teaches: then it may read
 * otherwise in the text than by itself.
 */
export function taughtWithin(units: readonly UnitSlot[]): boolean {
  for (let i = 0; i < units.length - 1; i++) {
    for (const word of units[i].read!.teaches) {
      for (let j = i + 1; j < units.length; j++) if (units[j].unit.includes(word)) return true;
    }
  }
  return false;
}

/** Reads each unit of `slots` (distinct) as it reads first after a forget. */
export function readUnits(slots: readonly UnitSlot[], t: FactsTable): void {
  let pending = slots;
  for (let pass = 0; pending.length > 0 && pass < PASSES; pass++) {
    const left: UnitSlot[] = [];
    for (let b = 0; b < pending.length; b += UNIT_BATCH) {
      for (const u of readBatch(pending.slice(b, b + UNIT_BATCH), t)) left.push(u);
    }
    pending = left;
  }
  for (const slot of pending) slot.read = readAlone(slot.unit, t);
}

/** A forget, then the instance (a forget may drop it); returns the first id wink learns from here on. */
function forgetLearned(): number {
  bare.forget();
  bare.get();
  return bare.learnedFrom();
}

/** The forgettable words wink learned as ids `from` to `end`, with their ids. */
function forgettableSince(from: number, end: number): Array<{ id: number; word: string }> {
  const out: Array<{ id: number; word: string }> = [];
  for (let id = from; id < end; id++) {
    const word = bare.lexeme(id)!;
    if (bare.forgettableWord(word)) out.push({ id, word });
  }
  return out;
}

function readAlone(unit: string, t: FactsTable): UnitReading {
  const from = forgetLearned();
  const { readings } = readDocument(unit, t);
  const teaches = forgettableSince(from, bare.mark()).map((l) => l.word);
  return { readings, cue: readings.some((r) => r.cue), teaches: teaches.length ? teaches : NONE };
}

/** The index of the line holding offset `at`, given where each line starts (ascending, from 0). */
function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A forgettable word learned in a document, and the unit that taught it (-1: none found). */
interface Learned {
  word: string;
  by: number;
}

/**
 * One forget, then the units of `batch` read as one document, one a line. Sets what each reads as
 * after a forget; returns the slots of the others.
 */
function readBatch(batch: readonly UnitSlot[], t: FactsTable): UnitSlot[] {
  const from = forgetLearned();
  const text = batch.map((s) => s.unit).join('\n');
  const { ids, readings } = readDocument(text, t);
  const end = bare.mark();
  // Where each unit's tokens start; the line breaks between units are tokens of their own.
  const starts = [0];
  for (let i = 0; i < readings.length; i++) if (readings[i].kind === 'break') starts.push(i + 1);
  // Unless wink read a line break where none was written, or none where one was: then nothing is
  // kept, rather than risk readings landing beside the wrong unit.
  if (starts.length !== batch.length) return [...batch];
  starts.push(readings.length + 1);

  // Which unit taught each word learned here. wink learns a word when it makes it a token (a new
  // id, the highest yet), and with it the word's lower-case form when that is new too (the next id).
  const by = new Int32Array(end - from).fill(-1);
  for (let k = 0; k < batch.length; k++) {
    for (let i = starts[k]; i < starts[k + 1] - 1; i++) {
      const id = ids[i];
      if (id < from || by[id - from] !== -1) continue;
      by[id - from] = k;
      const word = bare.lexeme(id)!;
      const lower = word.toLowerCase();
      if (id + 1 < end && lower !== word && bare.lexeme(id + 1) === lower && by[id + 1 - from] === -1) by[id + 1 - from] = k;
    }
  }
  const learned: Learned[] = [];
  for (const { id, word } of forgettableSince(from, end)) {
    // A forgettable word learned by no unit seen: which units it changed cannot be told.
    if (by[id - from] === -1) return [...batch];
    learned.push({ word, by: by[id - from] });
  }

  // The units read after a word was learned that hold it: each place the word is written, in the
  // document's lines after its teacher's (those before were read before wink knew the word).
  const lineStarts: number[] = [];
  for (let k = 0, at = 0; k < batch.length; at += batch[k].unit.length + 1, k++) lineStarts.push(at);
  const taught = new Uint8Array(batch.length);
  const teaches: Array<string[] | undefined> = [];
  for (const l of learned) {
    (teaches[l.by] ??= []).push(l.word);
    if (l.by + 1 === batch.length) continue;
    // wink learns the empty word too ("settings..it's"): every unit holds it.
    if (l.word === '') {
      taught.fill(1, l.by + 1);
      continue;
    }
    for (let at = text.indexOf(l.word, lineStarts[l.by + 1]); at !== -1; ) {
      const k = lineOf(lineStarts, at);
      taught[k] = 1;
      if (k + 1 === batch.length) break;
      at = text.indexOf(l.word, lineStarts[k + 1]);
    }
  }
  const again: UnitSlot[] = [];
  for (let k = 0; k < batch.length; k++) {
    if (taught[k]) {
      again.push(batch[k]);
      continue;
    }
    const own = readings.slice(starts[k], starts[k + 1] - 1);
    batch[k].read = { readings: own, cue: own.some((r) => r.cue), teaches: teaches[k] ?? NONE };
  }
  return again;
}
