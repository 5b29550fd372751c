/**
 * What the sentiment scorer reads of each token, straight from wink's bare tokenizer (an empty pipe:
 * no sentence boundaries, POS or lemmas, which the scorer does not read). What the scorer asks of a
 * token depends on its lexeme alone (wink's id for a word form), except for the pieces of a
 * contraction ("do" + "n't"): per lexeme it is worked out once and remembered.
 */
import type { FactsTable, WordFacts } from './score.js';
import { factsOf, shouted, textValenceOf } from './score.js';
import { column, field, winkHolder, type WinkNLP } from '../../pipeline/sentences/nlp.js';

/** The bare tokenizer's instance: tokens only. */
export const bare = winkHolder([]);

type WinkTokens = ReturnType<ReturnType<WinkNLP['readDoc']>['tokens']>;

/**
 * What the scorer reads of one lexeme (or one contraction piece): the word facts of its normal form
 * copied in, so scoring a token reads one object rather than two.
 */
export interface Reading extends WordFacts {
  /** 'word', 'mark' (punctuation), 'skip' (symbols), or 'break' (a line break: between the units of a document, units.ts). */
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
export interface Read {
  ids: number[];
  readings: Reading[];
}

/** Reads `text` as one wink document of the bare instance, in the state the instance is in. */
export function readDocument(text: string, t: FactsTable): Read {
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
