/**
 * The English word list used to repair hyphenation: the lexicon of wink-eng-lite-web-model
 * (~87k lexemes, including hyphenated compounds). Loaded once, on first need.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { IsWord } from './hyphenation.js';

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const model = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { lexeme: { list: string[] } } };
  const out = new Set<string>();
  for (const w of model.features.lexeme.list) if (/^\p{L}+(?:-\p{L}+)*$/u.test(w)) out.add(w.toLowerCase());
  return out;
}

/** True when the lower-cased word is in the English lexicon. */
export const isEnglishWord: IsWord = (w) => (words ??= load()).has(w);
