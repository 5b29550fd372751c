/**
 * Sentiment straight from text, for many short texts (`turnlens sentiment`, `npm run eval`): texts
 * read by wink's bare tokenizer (an empty pipe: no sentence boundaries, POS or lemmas, which the
 * scorer does not read) and each scored as one unit by the same rules as the pipeline's sentiment
 * analyzer (score.ts).
 *
 * Speed comes from three things:
 *   - what the scorer asks of a token depends on its lexeme alone (wink's id for a word form), except
 *     for the pieces of a contraction ("do" + "n't"): per lexeme it is worked out once and remembered;
 *   - texts are read in batches, one wink document per batch, one line each: a wink document has a
 *     fixed cost about that of reading a short sentence;
 *   - a word of letters or digits that wink learns stays learned; only words such as "Chile's" are
 *     forgotten before each batch and learned again (see pipeline/sentences/nlp.ts).
 * Each text gets the tokens it would get read alone, after a forget: a text holding a word that an
 * earlier text of its batch taught wink (and that a forget would drop) is read again in a later pass,
 * with the other such texts of the input, and alone after a few passes (see scoreSentimentTexts).
 *
 * A sentence ends, for the scope of negation, boosters and "but", after a punctuation token holding
 * ".", "!" or "?" (the pipeline scores wink's sentences one by one instead; on one sentence both agree).
 */
import type { SentimentResult } from '../types.js';
import type { SentimentResource } from './resource.js';
import { column, field, winkHolder, type WinkNLP } from '../../pipeline/sentences/nlp.js';
import { clearWords, countMarks, emptyWords, factsOf, factsTableOf, scoreWords, shouted, textValenceOf, type FactsTable, type WordFacts } from './score.js';

const bare = winkHolder([]);

/** Texts per wink document; larger batches gain little and hold more tokens at once. */
export const SENTIMENT_BATCH = 256;

/** One set of word arrays, refilled for each text: scoring is synchronous, and the arrays are not kept. */
const scratch = emptyWords();

type WinkTokens = ReturnType<ReturnType<WinkNLP['readDoc']>['tokens']>;

/**
 * What the scorer reads of one lexeme (or one contraction piece): the word facts of its normal form
 * copied in, so scoring a token reads one object rather than two.
 */
interface Reading extends WordFacts {
  /** 'word', 'mark' (punctuation), 'skip' (symbols), or 'break' (a line break: between texts in a batch). */
  kind: 'word' | 'mark' | 'skip' | 'break';
  norm: string;
  textValence: number | undefined;
  caps: boolean;
  /** Punctuation text, for "!" and "?" counts. */
  text: string;
  endsSentence: boolean;
  /** A word that can move a score: without a rated word, a negator or "too", every rule leaves it at 0. */
  cue: boolean;
}

const NO_FACTS: WordFacts = { valence: undefined, booster: undefined, opensPhrase: false, closesPhrase: false, negator: false, irrealis: false };

function kindOf(type: string): Reading['kind'] {
  if (type === 'punctuation') return 'mark';
  if (type === 'tabCRLF') return 'break';
  return type === 'symbol' ? 'skip' : 'word';
}

function readingOf(t: FactsTable, value: string, normal: string, type: string): Reading {
  const kind = kindOf(type);
  const f = kind === 'word' ? factsOf(t, normal) : NO_FACTS;
  const textValence = kind === 'word' ? textValenceOf(t, value, normal) : undefined;
  return {
    valence: f.valence, booster: f.booster, opensPhrase: f.opensPhrase, closesPhrase: f.closesPhrase,
    negator: f.negator, irrealis: f.irrealis,
    kind, norm: normal,
    textValence,
    caps: kind === 'word' && shouted(value),
    text: value,
    endsSentence: kind === 'mark' && /[.!?]/.test(value),
    cue: kind === 'word' && (f.valence !== undefined || textValence !== undefined || f.negator || normal === 'too'),
  };
}

/**
 * Readings by lexeme id, one table per wink instance (ids belong to its lexicon) and per resource.
 * A forgotten word read again gets a new id (nlp.ts), so an id never changes meaning.
 */
const memos = new WeakMap<WinkNLP, WeakMap<FactsTable, Array<Reading | undefined>>>();

function memoFor(w: WinkNLP, t: FactsTable): Array<Reading | undefined> {
  let byTable = memos.get(w);
  if (!byTable) memos.set(w, (byTable = new WeakMap()));
  let memo = byTable.get(t);
  if (!memo) byTable.set(t, (memo = []));
  return memo;
}

/** The tokens of a wink document, as ids and readings. */
interface Read {
  ids: number[];
  readings: Reading[];
}

function readDocument(text: string, t: FactsTable): Read {
  const w = bare.get();
  const memo = memoFor(w, t);
  const its = w.its;
  const tokens: WinkTokens = w.readDoc(text).tokens();
  const ids = column<number>(tokens, its.uniqueId);
  const contraction = column<boolean>(tokens, its.contractionFlag);
  const readings = new Array<Reading>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    // A contraction's pieces carry their own normal form ("n't" → "not"), not their lexeme's.
    if (contraction[i]) {
      readings[i] = readToken(tokens, i, its, t);
      continue;
    }
    const id = ids[i];
    let r = memo[id];
    if (r === undefined) {
      while (memo.length <= id) memo.push(undefined);
      r = memo[id] = readToken(tokens, i, its, t);
    }
    readings[i] = r;
  }
  return { ids, readings };
}

function readToken(tokens: WinkTokens, i: number, its: WinkNLP['its'], t: FactsTable): Reading {
  const item = tokens.itemAt(i);
  return readingOf(t, field<string>(item, its.value), field<string>(item, its.normal), field<string>(item, its.type));
}

/** Scores readings [from, to) as one unit; `NEUTRAL` unless one of them is a `cue`. */
function scoreSpan(readings: readonly Reading[], from: number, to: number, res: SentimentResource): SentimentResult {
  const words = clearWords(scratch);
  let sid = 0;
  for (let i = from; i < to; i++) {
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
  return scoreWords(words, res);
}

const NEUTRAL: SentimentResult = Object.freeze({ score: 0, label: 'neutral' });

/** Line breaks, which wink reads as tokens of their own, are what separates the texts of a batch. */
const BREAKS = /[\n\r\t]/g;
const HAS_BREAK = /[\n\r\t]/;
/** JavaScript's white space (what `trim` removes) holds all the spaces wink splits on. */
const HAS_NON_SPACE = /\S/;

function scoreAlone(text: string, t: FactsTable, res: SentimentResource): SentimentResult {
  bare.forget();
  const { readings } = readDocument(text, t);
  return readings.some((r) => r.cue) ? scoreSpan(readings, 0, readings.length, res) : NEUTRAL;
}

/**
 * The sentiment of each text, each scored as a whole (its sentences together, as `turnlens score`
 * does), exactly as if it were read alone. Line breaks and tabs inside a text count as spaces.
 */
export function scoreSentimentTexts(texts: readonly string[], res: SentimentResource): SentimentResult[] {
  const t = factsTableOf(res);
  const out = new Array<SentimentResult>(texts.length);
  // Texts with no word to read would leave no line of their own between two breaks: scored apart.
  const batched: number[] = [];
  const parts: string[] = [];
  for (let k = 0; k < texts.length; k++) {
    const flat = HAS_BREAK.test(texts[k]) ? texts[k].replace(BREAKS, ' ') : texts[k];
    if (!HAS_NON_SPACE.test(flat)) out[k] = NEUTRAL;
    else {
      batched.push(k);
      parts.push(flat);
    }
  }
  const scored = (k: number, r: SentimentResult) => (out[batched[k]] = r);
  // The first pass reads batch by batch, a forget before each. A text that reads otherwise than alone
  // (a word an earlier text of its batch taught wink changed it) is left to the next pass, which reads
  // all such texts of the input together, without the texts that taught them; what still differs
  // after a few passes is read alone.
  let pending: number[] = [];
  for (let b = 0; b < parts.length; b += SENTIMENT_BATCH) {
    const members = Array.from({ length: Math.min(SENTIMENT_BATCH, parts.length - b) }, (_, j) => b + j);
    for (const k of readPass(parts, [members], t, res, scored)) pending.push(k);
  }
  for (let pass = 1; pending.length > 1 && pass < TOGETHER_PASSES; pass++) {
    const groups: number[][] = [];
    for (let b = 0; b < pending.length; b += SENTIMENT_BATCH) groups.push(pending.slice(b, b + SENTIMENT_BATCH));
    pending = readPass(parts, groups, t, res, scored);
  }
  for (const k of pending) out[batched[k]] = scoreAlone(parts[k], t, res);
  return out;
}

export function scoreSentimentText(text: string, res: SentimentResource): SentimentResult {
  return scoreSentimentTexts([text], res)[0];
}

/** One forget, then each group read as one document (readTogether); returns the texts left over. */
function readPass(
  parts: readonly string[],
  groups: ReadonlyArray<readonly number[]>,
  t: FactsTable,
  res: SentimentResource,
  scored: (member: number, r: SentimentResult) => void,
): number[] {
  bare.forget();
  // A forget may drop the instance; the learned ids are those of the one reading now.
  bare.get();
  const firstText = new Map<number, number>();
  const left: number[] = [];
  for (const g of groups) for (const k of readTogether(parts, g, firstText, t, res, scored)) left.push(k);
  return left;
}

/** Passes of `readTogether` over the texts left by the one before, before the rest are read alone. */
const TOGETHER_PASSES = 3;

/**
 * Reads the texts `members` (indexes into `parts`) as one wink document, one line each, and hands
 * `scored` the score of each text whose tokens are the ones it gets read alone: those holding no
 * forgettable word that another text read since the last forget taught wink (every tokenizer lookup
 * that finds a learned word makes it a token). `firstText`: lexeme id → the text that first held it,
 * since that forget. Returns the others.
 */
function readTogether(
  parts: readonly string[],
  members: readonly number[],
  firstText: Map<number, number>,
  t: FactsTable,
  res: SentimentResource,
  scored: (member: number, r: SentimentResult) => void,
): number[] {
  const learnedFrom = bare.learnedFrom();
  const { ids, readings } = readDocument(members.map((k) => parts[k]).join('\n'), t);
  const again: number[] = [];
  let text = 0;
  let first = 0;
  let cue = false;
  const results: SentimentResult[] = [];
  const endText = (end: number) => {
    // A text to be read again is scored then, not here.
    const later = again.length > 0 && again[again.length - 1] === text;
    if (!later) results[text] = cue ? scoreSpan(readings, first, end, res) : NEUTRAL;
    text++;
    first = end + 1;
    cue = false;
  };
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    if (r.kind === 'break') {
      endText(i);
      continue;
    }
    cue ||= r.cue;
    const id = ids[i];
    if (id >= learnedFrom && bare.forgettable(id)) {
      const owner = firstText.get(id);
      if (owner === undefined) firstText.set(id, members[text]);
      else if (owner !== members[text] && again[again.length - 1] !== text) again.push(text);
    }
  }
  endText(readings.length);
  // Each text is one line, so this holds unless wink reads a line break where none was written; then
  // no score is kept, rather than risk one landing beside the wrong text.
  if (text !== members.length) return [...members];
  for (let j = 0; j < members.length; j++) if (results[j] !== undefined) scored(members[j], results[j]);
  return again.map((j) => members[j]);
}
