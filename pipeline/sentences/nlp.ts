/**
 * The wink-nlp instances of a thread, each created on first use. The pipeline's has only the pipe steps
 * turnlens reads: sentence boundaries, negation flags, and POS (which lemmas need); wink's own
 * sentiment and NER steps are left out: turnlens scores sentiment itself. Sentiment read straight from
 * text (analyzers/sentiment/text.ts) has its own instance with an empty pipe: tokens only.
 * The model is required here, not imported at the top: importing it reads its 3 MB lexicon (≈80 ms),
 * which a run served from the cache, `--help`, or a usage error never needs.
 *
 * wink learns every out-of-vocabulary word it reads into its lexicon, and its tokenizer then treats a
 * learned word as known: once "Chile's." has been read (kept whole before the full stop), a later
 * "Chile's economy" is no longer split into "Chile" + "'s". So a text's tokens would depend on what
 * the same thread read before it: on which worker had which documents, and on whether earlier
 * documents came from the cache. `forgetLearnedWords` takes the learned words out of the tokenizer's
 * view: called before each document (and each text `turnlens score` reads), every document is read as
 * by a fresh instance. Only learned words mixing kinds of character are forgotten: the tokenizer
 * consults its lexicon for pieces holding punctuation ("Chile's", "U.S.", "5G"), while a run of letters
 * is one word token and a run of digits one number token whether known or not, so keeping those (most
 * of what a document teaches) changes no token and spares re-learning them for every document. (Not
 * before each interview: re-learning the words a document's interviews share cost about a sixth of the
 * sentence stage.)
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

/** What turnlens reads of wink's core model: its lexemes, and the tokenizer's splitter. */
interface Core {
  features: { lexeme: Lexemes };
  trex?: { helpers?: { splitter?: [string, string] } };
}

/**
 * Forgotten words stay in wink's lists (a forgotten word read again is learned again under a new id);
 * past this many, the instance is replaced rather than let grow (a new one costs ≈70 ms).
 */
const MAX_LEARNED_IDS = 200_000;

/** One wink-nlp instance with a given pipe, made on first use, whose learned words can be forgotten. */
export interface WinkHolder {
  get(): WinkNLP;
  /**
   * Takes the words learned since the last call out of the tokenizer's view (see the file comment).
   * `maxLearnedIds`: past this many ids learned in all, the next `get()` is a new instance.
   */
  forget(maxLearnedIds?: number): void;
  /** Whether the model has been read for this holder (for tests of laziness). */
  loaded(): boolean;
  /** The first id learned since the last `forget` (0 while no instance is held). */
  learnedFrom(): number;
  /**
   * Where the lexicon ends now (the instance is made if there is none). With `unlearnSince`, a text
   * can be read, then read again as if for the first time: words learned in between are forgotten
   * as `forget` forgets (those of letters only or digits only stay, changing no token), and words
   * learned before the mark stay in view.
   */
  mark(): number;
  /** Takes the words learned since `mark` out of the tokenizer's view (see `mark`). */
  unlearnSince(mark: number): void;
  /** The text of lexeme `id` in the instance held now (undefined past the lexicon's end). */
  lexeme(id: number): string | undefined;
  /** Whether `word`, learned, would be forgotten by `forget` (see KEPT). */
  forgettableWord(word: string): boolean;
  /**
   * The expression wink's tokenizer splits a text on (runs of spaces, runs of line breaks), one
   * capturing group: a text's pieces between its matches are tokenized one by one, each alone.
   */
  splitter(): RegExp;
}

/** Learned words kept by `forget` (see the file comment): letters only, or digits only. */
const KEPT = /^(?:\p{L}+|[0-9]+)$/u;

type Pipe = Parameters<typeof winkNLP>[1];

/** Takes the words learned from id `from` on, except those KEPT, out of the tokenizer's view. */
function hide({ hash, list }: Lexemes, from: number): void {
  for (let i = from; i < list.length; i++) {
    const word = list[i];
    if (!KEPT.test(word)) delete hash[word];
  }
}

export function winkHolder(pipe: Pipe): WinkHolder {
  let instance: WinkNLP | undefined;
  let lexemes: Lexemes | undefined;
  /** Ids below this were in the lexicon when the instance was made; ids from `learnedFrom` on, since the last forget. */
  let builtIn = 0;
  let learnedFrom = 0;
  let splitter: RegExp | undefined;
  const get = (): WinkNLP => {
    if (instance) return instance;
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Model & { core: () => Core };
    let core: Core | undefined;
    // wink reads its core model through `core()`; keep hold of what it returns to reach the lexicon.
    const watched = Object.assign(Object.create(null) as object, model, {
      core: () => (core = model.core()),
    }) as Model;
    instance = winkNLP(watched, pipe);
    if (!core) throw new TurnlensError(msg.internal('wink-nlp did not read its core model through core()'), EXIT.internal);
    lexemes = core.features.lexeme;
    builtIn = learnedFrom = lexemes.list.length;
    splitter ??= oneGroup(core.trex?.helpers?.splitter);
    return instance;
  };
  return {
    get,
    forget(maxLearnedIds = MAX_LEARNED_IDS) {
      if (!lexemes) return;
      if (lexemes.list.length - builtIn > maxLearnedIds) {
        instance = lexemes = undefined;
        return;
      }
      hide(lexemes, learnedFrom);
      learnedFrom = lexemes.list.length;
    },
    mark() {
      get();
      return lexemes!.list.length;
    },
    unlearnSince(mark) {
      // Only `forget` replaces the instance, so the lexicon is the one the mark was taken of.
      if (lexemes) hide(lexemes, mark);
    },
    loaded: () => instance !== undefined,
    lexeme: (id) => lexemes?.list[id],
    forgettableWord: (word) => !KEPT.test(word),
    splitter() {
      get();
      return splitter!;
    },
    // 0 while no instance is held (a forget may drop it): the next get() makes one with ids of its own.
    learnedFrom: () => (lexemes ? learnedFrom : 0),
  };
}

/** wink's splitter as its model states it, checked to hold the one capturing group split() relies on. */
function oneGroup(source: [string, string] | undefined): RegExp {
  const rx = source && new RegExp(source[0], source[1]);
  if (!rx || new RegExp(`${rx.source}|`).exec('')!.length !== 2) {
    throw new TurnlensError(msg.internal(`wink-nlp's splitter is not one capturing group: ${JSON.stringify(source)}`), EXIT.internal);
  }
  return rx;
}

/** The pipeline's instance: sentence boundaries, negation flags, and POS (which lemmas need). */
const pipeline = winkHolder(['sbd', 'negation', 'pos']);

export function nlp(): WinkNLP {
  return pipeline.get();
}

/** Forgets what the pipeline's instance learned (see WinkHolder.forget). */
export function forgetLearnedWords(maxLearnedIds = MAX_LEARNED_IDS): void {
  pipeline.forget(maxLearnedIds);
}

/** See WinkHolder.mark: for reading a long interview's pieces more than once (pipeline/index.ts). */
export function markLearnedWords(): number {
  return pipeline.mark();
}

/** See WinkHolder.unlearnSince. */
export function unlearnWordsSince(mark: number): void {
  pipeline.unlearnSince(mark);
}

/** Whether the pipeline's model has been read in this thread (for tests of laziness). */
export function nlpLoaded(): boolean {
  return pipeline.loaded();
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
