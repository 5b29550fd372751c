/**
 * The one shared wink-nlp instance. Created on first use (model load costs ~100 ms) and with only the
 * pipe steps turnlens reads: sentence boundaries, negation flags, and POS (which lemmas need).
 * wink's own sentiment and NER steps are left out of the pipe: turnlens scores sentiment itself.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | undefined;

export function nlp(): WinkNLP {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
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
