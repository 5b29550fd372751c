/**
 * A stand-in for pipeline/sentences/batches.js, for `vi.mock`: every interview is a part of its own
 * unless a size is given, so small fixtures take the path of a long document. `extra` overrides
 * further exports (LONG_DOCUMENT_BYTES).
 */
type Batches = typeof import('../../pipeline/sentences/batches.js');

export async function onePartPerInterview(importOriginal: () => Promise<Batches>, extra: Partial<Batches> = {}): Promise<Batches> {
  const original = await importOriginal();
  return {
    ...original,
    planParts: (interviews, max, long) => original.planParts(interviews, max ?? 1, long),
    ...extra,
  };
}
