/**
 * The two-layer lookup, apart from what the layers hold:
 *   results hit → done;  tokens hit → annotate only;  miss → tokenize + annotate, both layers written.
 */
import type { StageTotals } from '../timings.js';
import type { CacheStore } from './store.js';

/** Which layer a document was served from ('off' when no cache is in use). */
export type CacheOutcome = 'results' | 'tokens' | 'miss' | 'off';

export interface LayeredWork<Tokens, Result> {
  tokensKey: string;
  resultsKey: string;
  tokenize(): Tokens;
  annotate(tokens: Tokens): Result;
  /** How tokens are stored (default: as they are); `unpack` may throw on a foreign entry (a miss). */
  pack?(tokens: Tokens): unknown;
  unpack?(stored: unknown): Tokens;
}

/** Runs a cache write, now or later (see CacheWrites); the default runs it at once. */
export type WriteScheduler = (write: () => void) => void;
const atOnce: WriteScheduler = (write) => write();

export function throughCache<Tokens, Result>(
  store: CacheStore,
  work: LayeredWork<Tokens, Result>,
  times: StageTotals,
  schedule: WriteScheduler = atOnce,
): { result: Result; outcome: CacheOutcome } {
  const hit = times.time('cache read', () => store.read<Result>('results', work.resultsKey));
  if (hit !== undefined) return { result: hit, outcome: 'results' };
  const cached = times.time('cache read', () => readTokens(store, work));
  let tokens: Tokens;
  if (cached !== undefined) {
    tokens = cached;
  } else {
    tokens = work.tokenize();
    const fresh = tokens;
    schedule(() => times.time('cache write', () => store.write('tokens', work.tokensKey, work.pack ? work.pack(fresh) : fresh)));
  }
  const result = work.annotate(tokens);
  schedule(() => times.time('cache write', () => store.write('results', work.resultsKey, result)));
  return { result, outcome: cached !== undefined ? 'tokens' : 'miss' };
}

function readTokens<Tokens, Result>(store: CacheStore, work: LayeredWork<Tokens, Result>): Tokens | undefined {
  const stored = store.read<unknown>('tokens', work.tokensKey);
  if (stored === undefined || !work.unpack) return stored as Tokens | undefined;
  try {
    return work.unpack(stored);
  } catch {
    return undefined;
  }
}
