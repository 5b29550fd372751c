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

/** What wink says of one lexeme; `lemmaByPos` fills in as the lexeme is seen with each POS tag. */
interface Lexeme {
  value: string;
  normal: string;
  type: string;
  lemmaByPos: Map<string, string>;
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
    let l = lx.lemmaByPos.get(pos[i]);
    if (l === undefined) {
      l = field<string>(tokens.itemAt(i), its.lemma);
      lx.lemmaByPos.set(pos[i], l);
    }
    lemma[i] = l;
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
      memo[ids[i]] = { value: cols.value[i], normal: cols.normal[i], type: cols.type[i], lemmaByPos: new Map() };
    } else {
      const item = tokens.itemAt(i);
      memo[ids[i]] = {
        value: field<string>(item, its.value),
        normal: field<string>(item, its.normal),
        type: field<string>(item, its.type),
        lemmaByPos: new Map(),
      };
    }
  }
}

