/**
 * Sentiment straight from text, for many short texts (`turnlens sentiment`, `npm run eval`): texts
 * read by wink's bare tokenizer (readings.ts) and each scored as one unit by the same rules as the
 * pipeline's sentiment analyzer (score.ts).
 *
 * A text is scored exactly as if it were read alone, first thing after a forget (see
 * pipeline/sentences/nlp.ts): that is `scoreSentimentText`. Many texts are read faster than one by
 * one: wink reads a text as a row of units (units.ts), each unit by itself, so each distinct unit of
 * the input is read once (most units are words that recur), and a text is scored from its units'
 * readings. A text whose units would not read as they do by themselves (a unit teaches wink a word a
 * later unit holds, as "Chile's." teaches "Chile's" to a later "Chile's economy") is read whole.
 *
 * A sentence ends, for the scope of negation, boosters and "but", after a punctuation token holding
 * ".", "!" or "?" (the pipeline scores wink's sentences one by one instead; on one sentence both agree).
 */
import type { SentimentResult } from '../types.js';
import type { SentimentResource } from './resource.js';
import { clearWords, countMarks, emptyWords, factsTableOf, scoreWords, type FactsTable, type Words } from './score.js';
import { bare, readDocument, type Reading } from './readings.js';
import { readUnits, taughtWithin, unitsOf, type UnitSlot } from './units.js';

/** One set of word arrays, refilled for each text: scoring is synchronous, and the arrays are not kept. */
const scratch = emptyWords();

const NEUTRAL: SentimentResult = Object.freeze({ score: 0, label: 'neutral' });

/** Line breaks and tabs, which wink reads as tokens of their own, count as spaces. */
const BREAKS = /[\n\r\t]/g;
const HAS_BREAK = /[\n\r\t]/;
/** JavaScript's white space (what `trim` removes) holds all the spaces wink splits on. */
const HAS_NON_SPACE = /\S/;

function flatten(text: string): string {
  return HAS_BREAK.test(text) ? text.replace(BREAKS, ' ') : text;
}

/** Adds one run of readings to `words`; returns the sentence index the next run starts in. */
function addReadings(words: Words, readings: readonly Reading[], sid: number): number {
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    if (r.kind === 'word') {
      words.sid.push(sid);
      words.norm.push(r.norm);
      words.facts.push(r);
      words.textValence.push(r.textValence);
      words.caps.push(r.caps);
    } else if (r.kind === 'mark') {
      countMarks(words, r.text);
      if (r.endsSentence) sid++;
    }
  }
  return sid;
}

/** Scores a text from its units' readings, in order, as one unit; `NEUTRAL` unless a reading is a cue. */
function scoreUnits(units: readonly UnitSlot[], res: SentimentResource): SentimentResult {
  if (!units.some((u) => u.read!.cue)) return NEUTRAL;
  const words = clearWords(scratch);
  let sid = 0;
  for (const u of units) sid = addReadings(words, u.read!.readings, sid);
  return scoreWords(words, res);
}

/** A text with a non-space in it, read as one wink document after a forget. */
function scoreAlone(flat: string, t: FactsTable, res: SentimentResource): SentimentResult {
  bare.forget();
  const { readings } = readDocument(flat, t);
  if (!readings.some((r) => r.cue)) return NEUTRAL;
  const words = clearWords(scratch);
  addReadings(words, readings, 0);
  return scoreWords(words, res);
}

/** The sentiment of one text, its sentences together (as `turnlens score` scores a line), read alone. */
export function scoreSentimentText(text: string, res: SentimentResource): SentimentResult {
  const flat = flatten(text);
  return HAS_NON_SPACE.test(flat) ? scoreAlone(flat, factsTableOf(res), res) : NEUTRAL;
}

/** The sentiment of each text, each exactly as `scoreSentimentText` scores it. */
export function scoreSentimentTexts(texts: readonly string[], res: SentimentResource): SentimentResult[] {
  const t = factsTableOf(res);
  const splitter = bare.splitter();
  const out = new Array<SentimentResult>(texts.length);
  const flats: Array<string | undefined> = new Array(texts.length);
  const unitsByText: Array<UnitSlot[] | undefined> = new Array(texts.length);
  const slots = new Map<string, UnitSlot>();
  const fresh: UnitSlot[] = [];
  for (let k = 0; k < texts.length; k++) {
    const flat = flatten(texts[k]);
    if (!HAS_NON_SPACE.test(flat)) {
      out[k] = NEUTRAL;
      continue;
    }
    flats[k] = flat;
    const units = unitsOf(flat, splitter);
    const own = new Array<UnitSlot>(units.length);
    for (let i = 0; i < units.length; i++) {
      let slot = slots.get(units[i]);
      if (!slot) {
        slots.set(units[i], (slot = { unit: units[i] }));
        fresh.push(slot);
      }
      own[i] = slot;
    }
    unitsByText[k] = own;
  }
  readUnits(fresh, t);
  for (let k = 0; k < texts.length; k++) {
    const units = unitsByText[k];
    if (units) out[k] = taughtWithin(units) ? scoreAlone(flats[k]!, t, res) : scoreUnits(units, res);
  }
  return out;
}
