/**
 * The English word list used to repair hyphenation: the lexicon of wink-eng-lite-web-model
 * (~87k lexemes, including hyphenated compounds). Loaded once, on first need.
 * The model file is `require`d, as the model itself requires it, so the 3 MB of JSON is read and
 * parsed once per thread whichever of the two needs it first (wink copies it before changing it).
 */
import { createRequire } from 'node:module';
import type { IsWord } from './hyphenation.js';

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const model = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as { features: { lexeme: { list: readonly string[] } } };
  const out = new Set<string>();
  for (const w of model.features.lexeme.list) if (/^\p{L}+(?:-\p{L}+)*$/u.test(w)) out.add(w.toLowerCase());
  return out;
}

/** True when the lower-cased word is in the English lexicon. */
export const isEnglishWord: IsWord = (w) => (words ??= load()).has(w);
