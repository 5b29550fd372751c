/**
 * Sentence and answer sentiment in one pass over tokens: each token is looked up once in the combined
 * lexicon, then VADER's rules adjust it (degree adverbs, negation, ALL-CAPS, contrastive "but",
 * "!" and "?"), plus three rules VADER lacks: unreal clauses ("if it were good") are damped, a negator
 * that negates no rated word counts as mildly negative, and "too" + adjective leans negative.
 * The sum is divided by √(rated words) so long answers are not pushed to the extremes, then squashed
 * into [-1, 1].
 */
import type { SentimentLabel, Token } from '../../pipeline/types.js';
import type { SentimentResult } from '../types.js';
import type { SentimentResource } from './resource.js';
import { memoByObject } from '../../pipeline/memo.js';

const DISTANCE = [1, 0.95, 0.9];

function isWord(t: Token): boolean {
  return t.type !== 'punctuation' && t.type !== 'symbol';
}

/** VADER's ALL-CAPS test: at least one capital and no lower-case letter, more than one character. */
function shouted(text: string): boolean {
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
 * The words that can open or close a two-word booster phrase ("kind of"), per resource: the phrase
 * key is only built for a pair whose words qualify, instead of a string concatenation per word.
 */
interface PhraseParts {
  first: Set<string>;
  second: Set<string>;
}
const partsOf = memoByObject((res: SentimentResource): PhraseParts => {
  const p: PhraseParts = { first: new Set(), second: new Set() };
  for (const key of res.boosterPhrases.keys()) {
    const space = key.indexOf(' ');
    p.first.add(key.slice(0, space));
    p.second.add(key.slice(space + 1));
  }
  return p;
});

export function label(score: number, band: number): SentimentLabel {
  return score > band ? 'positive' : score < -band ? 'negative' : 'neutral';
}

/**
 * Scores a unit of one or more sentences as a whole (a sentence, or a whole answer for `turnlens score`).
 * Negation, boosters and "but" never reach across a sentence boundary.
 */
export function scoreTokens(sentences: ReadonlyArray<readonly Token[]>, res: SentimentResource): SentimentResult {
  const p = res.rules.params;
  const parts = partsOf(res);
  const words: Token[] = [];
  const sid: number[] = [];
  let bangs = 0;
  let questions = 0;
  for (let s = 0; s < sentences.length; s++) {
    for (const t of sentences[s]) {
      if (isWord(t)) {
        words.push(t);
        sid.push(s);
      } else if (t.type === 'punctuation') {
        for (const c of t.text) {
          if (c === '!') bangs++;
          else if (c === '?') questions++;
        }
      }
    }
  }
  const n = words.length;
  if (n === 0) return { score: 0, label: 'neutral' };
  const norm = words.map((t) => t.normal);
  let nShouted = 0;
  const caps = words.map((t) => {
    const u = shouted(t.text);
    if (u) nShouted++;
    return u;
  });
  // Capitals only emphasise when the rest is not shouted too.
  const capDiff = nShouted > 0 && nShouted < n;
  // A key equal to one already looked up is not looked up again (most words: lemma = normal = text).
  const look = (k: number): number | undefined => {
    const w = norm[k];
    const v = res.valence.get(w);
    if (v !== undefined) return v;
    const { lemma, text } = words[k];
    const l = lemma === w ? undefined : res.valence.get(lemma);
    if (l !== undefined) return l;
    return text === w || text === lemma ? undefined : res.valence.get(text);
  };
  // "not only … but also" adds, it does not negate.
  const isNegator = (j: number) => (res.negators.has(norm[j]) || norm[j] === "n't") && !(norm[j] === 'not' && norm[j + 1] === 'only');

  const val = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) {
    const w = norm[k];
    if (res.boosters.has(w) || (k + 1 < n && parts.first.has(w) && res.boosterPhrases.has(`${w} ${norm[k + 1]}`))) continue;
    let v = look(k);
    if (!v) continue;
    if (capDiff && caps[k]) v += v > 0 ? p.capsBoost : -p.capsBoost;
    let negated = false;
    for (let d = 1; d <= p.negationWindow; d++) {
      const j = k - d;
      if (j < 0 || sid[j] !== sid[k]) break;
      // Degree adverbs win over the lexicons, some of which rate "very" or "so" themselves.
      const b = d <= DISTANCE.length ? boosterAt(res, parts, norm, j) : undefined;
      if (b !== undefined) {
        let s = v < 0 ? -b : b;
        if (capDiff && caps[j]) s += v > 0 ? p.capsBoost : -p.capsBoost;
        v += s * DISTANCE[d - 1];
      }
      if (isNegator(j)) {
        negated = true;
        break;
      }
    }
    if (k > 0 && norm[k - 1] === 'least' && sid[k - 1] === sid[k] && norm[k - 2] !== 'at' && norm[k - 2] !== 'very') negated = true;
    for (let d = 1; d <= p.irrealisWindow; d++) {
      const j = k - d;
      if (j < 0 || sid[j] !== sid[k]) break;
      if (res.irrealis.has(norm[j])) {
        v *= p.irrealisScalar;
        break;
      }
    }
    if (negated) v *= p.negationScalar;
    val[k] = v;
  }
  for (let k = 0; k < n; k++) {
    if (val[k] === 0 && isNegator(k)) val[k] = p.bareNegation;
    if (norm[k] === 'too' && k + 1 < n && sid[k + 1] === sid[k] && words[k + 1].pos === 'ADJ') {
      if (val[k + 1] > 0) val[k + 1] *= p.tooFlip;
      else if (val[k + 1] === 0) val[k] = p.tooValence;
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
    Math.min(bangs, p.exclamationMax) * p.exclamation +
    (questions > 1 ? Math.min(questions * p.question, p.questionMax) : 0);
  if (sum > 0) sum += amp;
  else if (sum < 0) sum -= amp;
  sum /= Math.pow(Math.max(1, rated), p.lengthExponent);
  const score = sum / Math.sqrt(sum * sum + p.alpha);
  return { score, label: label(score, p.neutralBand) };
}

function boosterAt(res: SentimentResource, parts: PhraseParts, norm: string[], j: number): number | undefined {
  const b = res.boosters.get(norm[j]);
  if (b !== undefined) return b;
  return j > 0 && parts.second.has(norm[j]) ? res.boosterPhrases.get(`${norm[j - 1]} ${norm[j]}`) : undefined;
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
