/**
 * Token columns of a wink document, read once per distinct lexeme rather than once per token.
 *
 * wink keeps each token as a lexeme id (`its.uniqueId`) into one lexicon shared by every document of
 * the process (out-of-vocabulary words are appended and keep their id). A token's value, normal form
 * and type depend on its id alone, and its lemma on its id and POS tag, except for the pieces of a
 * contraction ("do" + "n't"), which carry their own normal form and lemma. So only four cheap columns
 * are read per token (id, contraction flag, POS, negation flag); the costly ones (value, normal, type,
 * lemma — wink's lemmatizer runs a few regular expressions per call) are read once per lexeme and
 * remembered. The results are exactly wink's own: the memo only skips recomputing them.
 */
import { column, field, type WinkNLP } from './nlp.js';

type WinkDoc = ReturnType<WinkNLP['readDoc']>;
type WinkTokens = ReturnType<WinkDoc['tokens']>;

export interface TokenColumns {
  value: string[];
  normal: string[];
  type: string[];
  pos: string[];
  lemma: string[];
  negated: boolean[];
  spaces: string[];
}

/**
 * What wink says of one lexeme. Its lemma depends on the POS tag, but most lexemes are only ever seen
 * with one tag: the lemma under the first tag seen is kept inline (no map lookup for most tokens, and
 * one object fewer to chase in memory), lemmas under other tags go into `otherLemmas`.
 */
interface Lexeme {
  value: string;
  normal: string;
  type: string;
  /** The first POS tag the lexeme was seen with ('' until then), and its lemma under that tag. */
  firstPos: string;
  firstLemma: string;
  otherLemmas: Map<string, string> | undefined;
}

function newLexeme(value: string, normal: string, type: string): Lexeme {
  return { value, normal, type, firstPos: '', firstLemma: '', otherLemmas: undefined };
}

/** The lemma of token `i` (a plain occurrence of `lx`, tagged `pos`), asking wink only on the first sight of that tag. */
function lemmaOf(lx: Lexeme, pos: string, tokens: WinkTokens, i: number, its: WinkNLP['its']): string {
  if (lx.firstPos === pos) return lx.firstLemma;
  let l = lx.otherLemmas?.get(pos);
  if (l !== undefined) return l;
  l = field<string>(tokens.itemAt(i), its.lemma);
  if (lx.firstPos === '') {
    lx.firstPos = pos;
    lx.firstLemma = l;
  } else (lx.otherLemmas ??= new Map()).set(pos, l);
  return l;
}

/**
 * One memo per wink instance (lexeme ids belong to that instance's lexicon), indexed by id. It is
 * kept dense (filled with `undefined` up to the largest id seen) so the engine stores it as a plain
 * array rather than a dictionary.
 */
type Memo = Array<Lexeme | undefined>;
const memos = new WeakMap<WinkNLP, Memo>();

function reserve(memo: Memo, id: number): void {
  while (memo.length <= id) memo.push(undefined);
}

/** Reading whole columns beats per-token item reads once this share of a document's lexemes is new. */
const MISS_SHARE_FOR_COLUMNS = 1 / 8;

export function tokenColumns(w: WinkNLP, tokens: WinkTokens): TokenColumns {
  const its = w.its;
  let memo = memos.get(w);
  if (!memo) memos.set(w, (memo = []));
  const ids = column<number>(tokens, its.uniqueId);
  const contraction = column<boolean>(tokens, its.contractionFlag);
  const pos = column<string>(tokens, its.pos);
  const negated = column<boolean>(tokens, its.negationFlag);
  const spaces = column<string>(tokens, its.precedingSpaces);
  const n = ids.length;

  let misses = 0;
  for (let i = 0; i < n; i++) if (!contraction[i] && memo[ids[i]] === undefined) misses++;
  if (misses > 0) learnLexemes(w, tokens, ids, contraction, memo, misses > n * MISS_SHARE_FOR_COLUMNS);

  const value = new Array<string>(n);
  const normal = new Array<string>(n);
  const type = new Array<string>(n);
  const lemma = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    if (contraction[i]) {
      // A contraction's pieces carry their own normal form and lemma ("n't" → "not"): read as wink gives them.
      const item = tokens.itemAt(i);
      value[i] = field<string>(item, its.value);
      normal[i] = field<string>(item, its.normal);
      type[i] = field<string>(item, its.type);
      lemma[i] = field<string>(item, its.lemma);
      continue;
    }
    const lx = memo[ids[i]]!;
    value[i] = lx.value;
    type[i] = lx.type;
    normal[i] = lx.normal;
    lemma[i] = lemmaOf(lx, pos[i], tokens, i, its);
  }
  return { value, normal, type, pos, lemma, negated, spaces };
}

/** Adds the lexemes of this document that the memo lacks, reading whole columns when many are new. */
function learnLexemes(
  w: WinkNLP,
  tokens: WinkTokens,
  ids: readonly number[],
  contraction: readonly boolean[],
  memo: Memo,
  wholeColumns: boolean,
): void {
  const its = w.its;
  const cols = wholeColumns
    ? {
        value: column<string>(tokens, its.value),
        normal: column<string>(tokens, its.normal),
        type: column<string>(tokens, its.type),
      }
    : null;
  for (let i = 0; i < ids.length; i++) {
    // A contraction piece's normal form is not its lexeme's: only plain occurrences teach the memo.
    if (contraction[i] || memo[ids[i]] !== undefined) continue;
    reserve(memo, ids[i]);
    if (cols) {
      memo[ids[i]] = newLexeme(cols.value[i], cols.normal[i], cols.type[i]);
    } else {
      const item = tokens.itemAt(i);
      memo[ids[i]] = newLexeme(field<string>(item, its.value), field<string>(item, its.normal), field<string>(item, its.type));
    }
  }
}

