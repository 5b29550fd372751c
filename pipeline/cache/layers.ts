/**
 * The two-layer lookup, apart from what the layers hold:
 *   results hit → done;  tokens hit → annotate only;  miss → compute both halves, both layers written.
 *
 * A document comes in parts (processDocumentParts in pipeline/index.ts: one for most documents, one
 * per batch of interviews for a long one), and each part is an entry of its own in each layer, handed
 * on as soon as it is read or made, so a long document is never held whole. Part 0 is stored under
 * the layer's key with the number of parts; part k under a key derived from it. Part 0 is written
 * last: when it is found, every other part was written. A part that cannot be read after earlier
 * parts were handed on (a damaged file) sends the document down to the next layer, and the parts
 * already handed on are not handed on again.
 *
 * Links: with each results entry it writes, a document notes under its tokens key which results entry
 * it wrote and the work's `note` (the configuration's analyzer fingerprints). On a results miss from
 * the tokens layer, the results last linked to the same tokens are handed to `annotate` part by part
 * when `lends(note)`: an edit of the configuration re-runs only what the edit touched (document.ts).
 */
import type { StageTotals } from '../timings.js';
import { sha256 } from './hash.js';
import type { CacheLayer, CacheStore } from './store.js';

/** Which layer a document was served from ('off' when no cache is in use). */
export type CacheOutcome = 'results' | 'tokens' | 'miss' | 'off';

export interface LayeredWork<Tokens, Result> {
  tokensKey: string;
  resultsKey: string;
  /**
   * Both halves, on a miss: each part's result, in order, with its tokens as the tokens layer stores
   * them, made when the write runs (which may be later: see WriteScheduler).
   */
  compute(part: (result: Result, tokens: () => Tokens) => void): void;
  /**
   * The second half alone, from one part's stored tokens, given the same part of the results that an
   * earlier configuration made from them, when they can lend anything (see `link`). `again` reads
   * every stored part of the document once more, in order (a long interview's pieces are swept before
   * any is analysed: pipeline/sentences/long-interviews.ts).
   */
  annotate(tokens: Tokens, earlier: Earlier<Result> | undefined, again: ReadAgain<Tokens>): Result;
  /** Checks a stored part; throws on a foreign one, which counts as missing (default: taken as it is). */
  check?(stored: unknown): Tokens;
  /**
   * A part's result as the results layer stores it, and back: `decode` throws on a foreign entry,
   * which counts as missing (default: stored as it is).
   */
  results?: { encode(result: Result): unknown; decode(stored: unknown): Result };
  /** What links note beside a results entry, and which notes' results can lend to this work; absent: no links. */
  link?: { note: unknown; lends(note: unknown): boolean };
}

/**
 * Hands `each` every stored part of the document being annotated, in order. A part that cannot be
 * read stops it with UnreadablePart, and the document goes down to the next layer, as when a part
 * cannot be read in the first place.
 */
export type ReadAgain<Tokens> = (each: (tokens: Tokens, k: number) => void) => void;

class UnreadablePart extends Error {}

/** A part's results under another configuration, with the note of the link that led to them. */
export interface Earlier<Result> {
  result: Result;
  note: unknown;
}

/** What the links layer holds under a tokens key. */
interface Link {
  results: string;
  note: unknown;
}

/** Runs a cache write, now or later (see CacheWrites); the default runs it at once. */
export type WriteScheduler = (write: () => void) => void;
export const atOnce: WriteScheduler = (write) => write();

/** What a layer holds per part: part 0 also says how many parts there are. */
interface StoredPart {
  part: number;
  parts?: number;
  value: unknown;
}

/** The key of part `k` of the entry under `key`. */
export function partKey(key: string, k: number): string {
  return k === 0 ? key : sha256(key, 'part', String(k));
}

/**
 * One document through the layers; `take` receives each part's result once, in order, with the layer
 * it came from ('tokens' when annotated from stored tokens, 'miss' when computed). Writes of a
 * one-part document go through `schedule`; a document of several parts is long, and holding its
 * writes would hold it whole, so they run as its parts are made.
 */
export function throughCache<Tokens, Result>(
  store: CacheStore,
  work: LayeredWork<Tokens, Result>,
  times: StageTotals,
  take: (result: Result, from: CacheOutcome) => void,
  schedule: WriteScheduler = atOnce,
): CacheOutcome {
  let taken = 0;
  const give = (result: Result, k: number, from: CacheOutcome): void => {
    if (k < taken) return;
    take(result, from);
    taken = k + 1;
  };
  const encodeResult = work.results?.encode ?? ((r: Result): unknown => r);
  const decodeResult = work.results?.decode ?? ((v: unknown) => v as Result);
  const resultParts = readParts<Result>(store, 'results', work.resultsKey, times, decodeResult, (r, k) => give(r, k, 'results'));
  if (resultParts > 0) {
    // The tokens behind these results are in use too: after an edit of the configuration, the next
    // run reads them (see prune.ts). A part of one layer is made from the same part of the other.
    times.time('cache read', () => {
      for (let k = 0; k < resultParts; k++) store.touch('tokens', partKey(work.tokensKey, k));
    });
    return 'results';
  }

  const annotated = new PartWriter(store, 'results', work.resultsKey, times, schedule);
  const check = work.check ?? ((v: unknown) => v as Tokens);
  const lender = lenderOf(store, work, times);
  const again: ReadAgain<Tokens> = (each) => {
    if (readParts<Tokens>(store, 'tokens', work.tokensKey, times, check, each) === 0) throw new UnreadablePart();
  };
  let fromTokens = 0;
  try {
    fromTokens = readParts<Tokens>(store, 'tokens', work.tokensKey, times, check, (tokens, k) => {
      const lent = lender && readPart<Result>(store, 'results', lender.results, k, times, decodeResult);
      const result = work.annotate(tokens, lent ? { result: lent.value, note: lender.note } : undefined, again);
      give(result, k, 'tokens');
      annotated.add(() => encodeResult(result));
    });
  } catch (e) {
    if (!(e instanceof UnreadablePart)) throw e;
  }
  if (fromTokens > 0) {
    annotated.finish();
    writeLink(store, work, schedule);
    return 'tokens';
  }

  // A document's parts are made in order from its start, even when some were already handed on.
  const tokensOut = new PartWriter(store, 'tokens', work.tokensKey, times, schedule);
  const resultsOut = new PartWriter(store, 'results', work.resultsKey, times, schedule);
  let k = 0;
  work.compute((result, tokens) => {
    give(result, k++, 'miss');
    tokensOut.add(tokens);
    resultsOut.add(() => encodeResult(result));
  });
  tokensOut.finish();
  resultsOut.finish();
  writeLink(store, work, schedule);
  return 'miss';
}

/** The link of these tokens, when its results can lend to `work`. */
function lenderOf(store: CacheStore, work: Pick<LayeredWork<unknown, unknown>, 'link' | 'tokensKey' | 'resultsKey'>, times: StageTotals): Link | undefined {
  if (!work.link) return undefined;
  const link = times.time('cache read', () => store.read<Link>('links', work.tokensKey));
  if (typeof link !== 'object' || link === null || typeof link.results !== 'string' || link.results === work.resultsKey) return undefined;
  return work.link.lends(link.note) ? link : undefined;
}

/** Notes, after the results entry (whose part 0 is written last), which one these tokens last led to. */
function writeLink(store: CacheStore, work: Pick<LayeredWork<unknown, unknown>, 'link' | 'tokensKey' | 'resultsKey'>, schedule: WriteScheduler): void {
  const link = work.link;
  if (!link) return;
  schedule(() => void store.write('links', work.tokensKey, { results: work.resultsKey, note: link.note } satisfies Link));
}

/** Part k of the entry under `key` as stored, checked; part 0 also says how many parts there are. */
function readPart<T>(
  store: CacheStore,
  layer: CacheLayer,
  key: string,
  k: number,
  times: StageTotals,
  check: (stored: unknown) => T,
): { value: T; parts: number } | undefined {
  return times.time('cache read', () => {
    const stored = store.read<StoredPart>(layer, partKey(key, k));
    if (typeof stored !== 'object' || stored === null || stored.part !== k || !('value' in stored)) return undefined;
    const parts = stored.parts ?? 0;
    if (k === 0 && !(Number.isInteger(parts) && parts >= 1)) return undefined;
    try {
      return { value: check(stored.value), parts };
    } catch {
      return undefined;
    }
  });
}

/**
 * Hands over every part of the entry under `key`, in order; returns how many there were when all
 * were handed over, else 0: when part 0 is missing or foreign, when a part's file is missing (nothing
 * is handed over then), or when a part cannot be read (the parts before it were handed over).
 */
function readParts<T>(
  store: CacheStore,
  layer: CacheLayer,
  key: string,
  times: StageTotals,
  check: (stored: unknown) => T,
  each: (value: T, k: number) => void,
): number {
  const read = (k: number) => readPart(store, layer, key, k, times, check);
  const first = read(0);
  if (!first) return 0;
  for (let k = 1; k < first.parts; k++) if (!store.has(layer, partKey(key, k))) return 0;
  each(first.value, 0);
  for (let k = 1; k < first.parts; k++) {
    const part = read(k);
    if (!part) return 0;
    each(part.value, k);
  }
  return first.parts;
}

/** Writes a layer's parts: part k ≥ 1 as it comes, part 0, with the count, last. */
class PartWriter {
  private first: (() => unknown) | undefined;
  private parts = 0;

  constructor(
    private readonly store: CacheStore,
    private readonly layer: CacheLayer,
    private readonly key: string,
    private readonly times: StageTotals,
    private readonly schedule: WriteScheduler,
  ) {}

  add(value: () => unknown): void {
    const k = this.parts++;
    if (k === 0) {
      this.first = value;
      return;
    }
    if (k === 1) {
      // Several parts: part 0 is made now, so what it was made from can go.
      const made = this.first!();
      this.first = () => made;
    }
    this.write(k, { part: k, value: value() });
  }

  finish(): void {
    const first = this.first;
    if (!first) return;
    const parts = this.parts;
    const write = () => this.write(0, { part: 0, parts, value: first() });
    if (parts === 1) this.schedule(write);
    else write();
  }

  private write(k: number, entry: StoredPart): void {
    this.times.time('cache write', () => this.store.write(this.layer, partKey(this.key, k), entry));
  }
}
