/**
 * The outlet in a label's affiliation: its last comma part ("Asia Correspondent, The Globe and Mail"
 * → "The Globe and Mail"), or what follows "of"/"at"/"for" in a single part
 * ("Editor-in-Chief of The Economist" → "The Economist").
 */
export function outletOf(affiliation: string | null): string | null {
  if (!affiliation) return null;
  const parts = affiliation.split(',').map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return null;
  const of = /\b(?:of|at|for|from)\s+(\p{Lu}.*)$/u.exec(last);
  if (parts.length === 1 && of) return of[1];
  if (parts.length === 1 && !/^\p{Lu}/u.test(last)) return null;
  return last;
}
