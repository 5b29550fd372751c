/**
 * The base forms a word form may be an inflection of, without a part-of-speech tag: WordNet's
 * irregular forms (as wink-eng-lite-web-model ships them) and the regular suffix rules of wink's own
 * lemmatizer, for nouns, verbs and adjectives alike. wink picks one rule set by the POS tag and keeps a
 * candidate only if its lexicon lists it under that tag; the sentiment scorer instead keeps the first
 * candidate its valence lexicon rates. Regular comparatives are not guessed ("number" is no "numb"
 * + "-er"); WordNet lists the common ones ("angrier", "worse"). So a word's valence never depends on a tagger, and the scorer
 * gives the same answer whether its tokens come from the full pipeline or from a bare tokenizer.
 */
import { createRequire } from 'node:module';

type Exceptions = Record<string, string>;

let exceptions: Exceptions[] | undefined;

/** Adjective, noun and verb exceptions ("better" → "good", "geese" → "goose", "stopped" → "stop"). */
function irregular(): Exceptions[] {
  if (exceptions) return exceptions;
  const require = createRequire(import.meta.url);
  const dist = 'wink-eng-lite-web-model/dist';
  exceptions = [
    require(`${dist}/wn-adjective-exceptions.js`) as Exceptions,
    require(`${dist}/wn-noun-exceptions.js`) as Exceptions,
    require(`${dist}/wn-verb-exceptions.js`) as Exceptions,
  ];
  return exceptions;
}

/** Suffix → replacement, most specific first within each word class (wink's lemmatize.js order). */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // nouns
  [/ses$/, 's'], [/xes$/, 'x'], [/zes$/, 'z'], [/ves$/, 'f'], [/ches$/, 'ch'], [/shes$/, 'sh'], [/men$/, 'man'],
  // nouns and verbs
  [/ies$/, 'y'], [/s$/, ''],
  // verbs; not "-ing", which makes nouns as often as verb forms ("meeting", "building", "funding")
  [/es$/, ''], [/es$/, 'e'], [/ed$/, ''], [/ed$/, 'e'],
];

/**
 * Shorter bases of the suffix rules are left out: without a tag to rule them out, "has" would be read
 * as "ha" (laughter). WordNet's listed forms are taken whatever their length ("worse" → "bad").
 * Chosen on the VADER tweets, movie and Amazon sets (3 and 4 tie on them; 2 loses).
 */
const MIN_BASE_LENGTH = 4;

/** Candidate base forms of a lower-case form, irregular ones first; the form itself is not among them. */
export function baseFormCandidates(form: string): string[] {
  const out: string[] = [];
  const add = (c: string | undefined, minLength: number) => {
    if (c && c !== form && c.length >= minLength && !out.includes(c)) out.push(c);
  };
  // `Object.hasOwn`: the tables are plain objects, and a form such as "constructor" must not reach the prototype.
  for (const table of irregular()) if (Object.hasOwn(table, form)) add(table[form], 1);
  for (const [suffix, by] of RULES) if (suffix.test(form)) add(form.replace(suffix, by), MIN_BASE_LENGTH);
  return out;
}
