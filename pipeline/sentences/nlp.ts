/**
 * The one shared wink-nlp instance. Created on first use and with only the pipe steps turnlens reads:
 * sentence boundaries, negation flags, and POS (which lemmas need). wink's own sentiment and NER steps
 * are left out of the pipe: turnlens scores sentiment itself.
 * The model is required here, not imported at the top: importing it reads its 3 MB lexicon (≈80 ms),
 * which a run served from the cache, `--help`, or a usage error never needs.
 *
 * wink learns every out-of-vocabulary word it reads into its lexicon, and its tokenizer then treats a
 * learned word as known: once "Chile's." has been read (kept whole before the full stop), a later
 * "Chile's economy" is no longer split into "Chile" + "'s". So a text's tokens would depend on what
 * the same thread read before it: on which worker had which documents, and on whether earlier
 * documents came from the cache. `forgetLearnedWords` takes the learned words out of the tokenizer's
 * view: called before each document (and each text `turnlens score` reads), every document is read as
 * by a fresh instance. (Not before each interview: re-learning the words a document's interviews share
 * cost about a sixth of the sentence stage.)
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { EXIT, TurnlensError, msg } from '../messages.js';

export type WinkNLP = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];

/** The part of wink's core model its tokenizer consults: lexeme text → id (learned words included), id → text. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}

/**
 * Forgotten words stay in wink's lists (a forgotten word read again is learned again under a new id);
 * past this many, the instance is replaced rather than let grow (a new one costs ≈70 ms).
 */
const MAX_LEARNED_IDS = 200_000;

let instance: WinkNLP | undefined;
let lexemes: Lexemes | undefined;
/** Ids below this were in the lexicon when the instance was made; ids from `learnedFrom` on, since the last forget. */
let builtIn = 0;
let learnedFrom = 0;

export function nlp(): WinkNLP {
  if (instance) return instance;
  const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Model & { core: () => { features: { lexeme: Lexemes } } };
  let core: { features: { lexeme: Lexemes } } | undefined;
  // wink reads its core model through `core()`; keep hold of what it returns to reach the lexicon.
  const watched = Object.assign(Object.create(null) as object, model, {
    core: () => (core = model.core()),
  }) as Model;
  instance = winkNLP(watched, ['sbd', 'negation', 'pos']);
  if (!core) throw new TurnlensError(msg.internal('wink-nlp did not read its core model through core()'), EXIT.internal);
  lexemes = core.features.lexeme;
  builtIn = learnedFrom = lexemes.list.length;
  return instance;
}

/**
 * Takes the words learned since the last call out of the tokenizer's view (see the file comment).
 * `maxLearnedIds`: past this many ids learned in all, the next `nlp()` is a new instance.
 */
export function forgetLearnedWords(maxLearnedIds = MAX_LEARNED_IDS): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  if (list.length - builtIn > maxLearnedIds) {
    instance = lexemes = undefined;
    return;
  }
  for (let i = learnedFrom; i < list.length; i++) delete hash[list[i]];
  learnedFrom = list.length;
}

/** Whether the model has been read in this thread (for tests of laziness). */
export function nlpLoaded(): boolean {
  return instance !== undefined;
}

/** wink's typings widen every `out()` to `T[] | string[]`; this narrows at the library edge. */
export interface Outable {
  out(f: never): unknown;
}
export function column<T>(c: Outable, f: unknown): T[] {
  return c.out(f as never) as T[];
}
/** One item's value (a token's lemma, …), narrowed like `column`. */
export function field<T>(c: Outable, f: unknown): T {
  return c.out(f as never) as T;
}
