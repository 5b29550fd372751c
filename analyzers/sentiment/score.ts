/**
 * Sentence and answer sentiment in one pass over tokens: each token is looked up once in the combined
 * lexicon, then VADER's rules adjust it (degree adverbs, negation, ALL-CAPS, contrastive "but",
 * "!" and "?"), plus three rules VADER lacks: unreal clauses ("if it were good") are damped, a negator
 * that negates no rated word counts as mildly negative, and "too" + a content word leans negative.
 * No rule reads a POS tag or a lemma (base forms come from inflections.ts), so a text read by the bare
 * tokenizer (text.ts) scores as it does in the pipeline.
 * The sum is divided by √(rated words) so long answers are not pushed to the extremes, then squashed
 * into [-1, 1].
 */
import type { SentimentLabel, Token } from '../../pipeline/types.js';
import type { SentimentResult } from '../types.js';
import type { SentimentResource } from './resource.js';
import { memoByObject } from '../../pipeline/memo.js';
import { baseFormCandidates } from './inflections.js';
import { STOPWORDS } from '../terms/stopwords.js';

const DISTANCE = [1, 0.95, 0.9];

function isWord(t: Token): boolean {
  return t.type !== 'punctuation' && t.type !== 'symbol';
}

/** VADER's ALL-CAPS test: at least one capital and no lower-case letter, more than one character. */
export function shouted(text: string): boolean {
  if (text.length <= 1) return false;
  let capital = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/**
 * Everything the rules ask of one word form, looked up once per resource and form rather than in
 * five tables per token (the valence table alone holds tens of thousands of words, and a lookup in it
 * is mostly a cache miss). Forms are the normal forms of the tokens seen.
 */
export interface WordFacts {
  /** The form's own valence, else that of the first of its base forms rated (see inflections.ts). */
  valence: number | undefined;
  booster: number | undefined;
  /** The word can open / close a two-word booster phrase ("kind of"): only then is the pair's key built. */
  opensPhrase: boolean;
  closesPhrase: boolean;
  /** A negator ("not", "n't", "never"); "not only" is told apart by position. */
  negator: boolean;
  irrealis: boolean;
}

export interface FactsTable {
  res: SentimentResource;
  byForm: Map<string, WordFacts>;
  phraseFirst: Set<string>;
  phraseSecond: Set<string>;
}

export const factsTableOf = memoByObject((res: SentimentResource): FactsTable => {
  const t: FactsTable = { res, byForm: new Map(), phraseFirst: new Set(), phraseSecond: new Set() };
  for (const key of res.boosterPhrases.keys()) {
    const space = key.indexOf(' ');
    t.phraseFirst.add(key.slice(0, space));
    t.phraseSecond.add(key.slice(space + 1));
  }
  return t;
});

function ratedValence(valence: ReadonlyMap<string, number>, form: string): number | undefined {
  const own = valence.get(form);
  if (own !== undefined) return own;
  for (const base of baseFormCandidates(form)) {
    const v = valence.get(base);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function factsOf(t: FactsTable, form: string): WordFacts {
  let f = t.byForm.get(form);
  if (f === undefined) {
    const res = t.res;
    f = {
      valence: ratedValence(res.valence, form),
      booster: res.boosters.get(form),
      opensPhrase: t.phraseFirst.has(form),
      closesPhrase: t.phraseSecond.has(form),
      negator: res.negators.has(form) || form === "n't",
      irrealis: res.irrealis.has(form),
    };
    t.byForm.set(form, f);
  }
  return f;
}

export function label(score: number, band: number): SentimentLabel {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
}

/**
 * The words of a unit (everything but punctuation and symbols), with what the rules read of each:
 * built from pipeline tokens (`collectWords`) or straight from a tokenizer's columns (text.ts).
 */
export interface Words {
  /** Sentence of each word within the unit: negation, boosters and "but" stay inside it. */
  sid: number[];
  norm: string[];
  facts: WordFacts[];
  /** Valence of the word as written, when that differs from its normal form's ("XD", ":D"). */
  textValence: Array<number | undefined>;
  /** Written in capitals (VADER's test, see `shouted`). */
  caps: boolean[];
  bangs: number;
  questions: number;
}

export function emptyWords(): Words {
  return { sid: [], norm: [], facts: [], textValence: [], caps: [], bangs: 0, questions: 0 };
}

/** Empties `w` for reuse. */
export function clearWords(w: Words): Words {
  w.sid.length = w.norm.length = w.facts.length = w.textValence.length = w.caps.length = 0;
  w.bangs = w.questions = 0;
  return w;
}

/** Counts the "!" and "?" of a punctuation token. */
export function countMarks(w: Words, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 /* ! */) w.bangs++;
    else if (c === 63 /* ? */) w.questions++;
  }
}

/** Valence of a written form that differs from its normal form: its own entry only, as VADER reads emoticons. */
export function textValenceOf(t: FactsTable, text: string, normal: string): number | undefined {
  return text === normal ? undefined : t.res.valence.get(text);
}

function collectWords(sentences: ReadonlyArray<readonly Token[]>, t: FactsTable): Words {
  const w = emptyWords();
  for (let s = 0; s < sentences.length; s++) {
    for (const tok of sentences[s]) {
      if (isWord(tok)) {
        w.sid.push(s);
        w.norm.push(tok.normal);
        w.facts.push(factsOf(t, tok.normal));
        w.textValence.push(textValenceOf(t, tok.text, tok.normal));
        w.caps.push(shouted(tok.text));
      } else if (tok.type === 'punctuation') countMarks(w, tok.text);
    }
  }
  return w;
}

/** "not only … but also" adds, it does not negate. */
function isNegatorAt(w: Words, j: number): boolean {
  return w.facts[j].negator && !(w.norm[j] === 'not' && w.norm[j + 1] === 'only');
}

/**
 * Scores a unit of one or more sentences as a whole (a sentence, or a whole answer for `turnlens score`).
 * Negation, boosters and "but" never reach across a sentence boundary.
 */
export function scoreTokens(sentences: ReadonlyArray<readonly Token[]>, res: SentimentResource): SentimentResult {
  return scoreWords(collectWords(sentences, factsTableOf(res)), res);
}

/** Scores words collected by `collectWords` or by a tokenizer reader (text.ts). */
export function scoreWords(w: Words, res: SentimentResource): SentimentResult {
  const p = res.rules.params;
  const { norm, sid, facts, caps } = w;
  const n = norm.length;
  if (n === 0) return { score: 0, label: 'neutral' };
  let nShouted = 0;
  for (let k = 0; k < n; k++) if (caps[k]) nShouted++;
  // Capitals only emphasise when the rest is not shouted too.
  const capDiff = nShouted > 0 && nShouted < n;

  const val = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) {
    const f = facts[k];
    if (f.booster !== undefined || (k + 1 < n && f.opensPhrase && res.boosterPhrases.has(`${norm[k]} ${norm[k + 1]}`))) continue;
    let v = f.valence ?? w.textValence[k];
    if (!v) continue;
    if (capDiff && caps[k]) v += v > 0 ? p.capsBoost : -p.capsBoost;
    let negated = false;
    for (let d = 1; d <= p.negationWindow; d++) {
      const j = k - d;
      if (j < 0 || sid[j] !== sid[k]) break;
      // Degree adverbs win over the lexicons, some of which rate "very" or "so" themselves.
      const b = d <= DISTANCE.length ? boosterAt(res, w, j) : undefined;
      if (b !== undefined) {
        let s = v < 0 ? -b : b;
        if (capDiff && caps[j]) s += v > 0 ? p.capsBoost : -p.capsBoost;
        v += s * DISTANCE[d - 1];
      }
      if (isNegatorAt(w, j)) {
        negated = true;
        break;
      }
    }
    if (k > 0 && norm[k - 1] === 'least' && sid[k - 1] === sid[k] && norm[k - 2] !== 'at' && norm[k - 2] !== 'very') negated = true;
    for (let d = 1; d <= p.irrealisWindow; d++) {
      const j = k - d;
      if (j < 0 || sid[j] !== sid[k]) break;
      if (facts[j].irrealis) {
        v *= p.irrealisScalar;
        break;
      }
    }
    if (negated) v *= p.negationScalar;
    val[k] = v;
  }
  for (let k = 0; k < n; k++) {
    if (val[k] === 0 && isNegatorAt(w, k)) val[k] = p.bareNegation;
    if (norm[k] === 'too' && k + 1 < n && sid[k + 1] === sid[k]) {
      if (val[k + 1] > 0) val[k + 1] *= p.tooFlip;
      else if (val[k + 1] === 0 && !STOPWORDS.has(norm[k + 1])) val[k] = p.tooValence;
    }
  }
  applyContrast(norm, sid, val, res);

  let sum = 0;
  let rated = 0;
  for (const v of val) {
    sum += v;
    if (v !== 0) rated++;
  }
  const amp =
    Math.min(w.bangs, p.exclamationMax) * p.exclamation +
    (w.questions > 1 ? Math.min(w.questions * p.question, p.questionMax) : 0);
  if (sum > 0) sum += amp;
  else if (sum < 0) sum -= amp;
  sum /= Math.pow(Math.max(1, rated), p.lengthExponent);
  const score = sum / Math.sqrt(sum * sum + p.alpha);
  return { score, label: label(score, p.neutralBand) };
}

function boosterAt(res: SentimentResource, w: Words, j: number): number | undefined {
  const f = w.facts[j];
  if (f.booster !== undefined) return f.booster;
  return j > 0 && f.closesPhrase ? res.boosterPhrases.get(`${w.norm[j - 1]} ${w.norm[j]}`) : undefined;
}

/**
 * Contrastive "but": within a sentence, what comes before the first "but" is halved. "Not only … but"
 * is additive, not contrastive, so a "but" after "not only" does not count.
 */
function applyContrast(norm: string[], sid: number[], val: number[], res: SentimentResource): void {
  const { word, before, after } = res.rules.contrast;
  let start = 0;
  while (start < norm.length) {
    let end = start;
    while (end < norm.length && sid[end] === sid[start]) end++;
    let notOnly = false;
    for (let k = start; k < end; k++) {
      if (norm[k] === 'not' && norm[k + 1] === 'only') notOnly = true;
      if (norm[k] === word && !notOnly) {
        for (let i = start; i < end; i++) if (i < k) val[i] *= before;
        else if (i > k) val[i] *= after;
        break;
      }
    }
    start = end;
  }
}
