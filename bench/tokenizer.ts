/**
 * The limit of this stack: wink-nlp reading text with an empty pipe (tokenization only, no sentence
 * boundaries, POS, lemmas or negation). Everything turnlens does per token sits on top of this.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface TokenCount {
  tokens: number;
  words: number;
}

const bare = winkNLP(model, []);

/** Tokenize each text, as the pipeline does per turn; counts tokens and word tokens. */
export function tokenizeBare(texts: readonly string[]): TokenCount {
  let tokens = 0;
  let words = 0;
  for (const text of texts) {
    const types = bare.readDoc(text).tokens().out(bare.its.type) as string[];
    tokens += types.length;
    for (const t of types) if (t === 'word') words += 1;
  }
  return { tokens, words };
}
