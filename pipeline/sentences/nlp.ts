/**
 * The one shared wink-nlp instance. Created on first use and with only the pipe steps turnlens reads:
 * sentence boundaries, negation flags, and POS (which lemmas need). wink's own sentiment and NER steps
 * are left out of the pipe: turnlens scores sentiment itself.
 * The model is required here, not imported at the top: importing it reads its 3 MB lexicon (≈80 ms),
 * which a run served from the cache, `--help`, or a usage error never needs.
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

export type WinkNLP = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];

let instance: WinkNLP | undefined;

export function nlp(): WinkNLP {
  instance ??= winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model') as Model, ['sbd', 'negation', 'pos']);
  return instance;
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
