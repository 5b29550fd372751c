/**
 * Person names: folding for comparison (diacritics, German ue/oe/ae transliteration, honorifics) and
 * the test for "looks like a name". Used by label detection and by speaker canonicalisation.
 */

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam', 'dame', 'lord', 'mister']);

/** Lower-case name particles that may sit inside a name ("Lucas de la Cal", "Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von',
  'ter', 'ten', 'zu', 'y', 'e', 'bin', 'binti', 'ibn', 'al', 'el', 'af', 'av', 'st',
]);

/** Honorifics and initials end with a period without ending a sentence. */
export function isAbbreviation(token: string): boolean {
  return /^\p{Lu}\.$/u.test(token) || HONORIFICS.has(token.replace(/\.$/, '').toLowerCase()) || /^(?:Jr|Sr|St)\.$/.test(token);
}

/** Fold a name to a comparison key: "Mr. Detlef Zühlke" and "Detlef Zuehlke" → "detlef zuhlke". */
export function foldName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/([aou])e/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ');
  const tokens = plain.split(/\s+/).filter((t) => t && !HONORIFICS.has(t));
  return tokens.join(' ');
}

export function nameTokens(key: string): string[] {
  return key ? key.split(' ') : [];
}

/** True when every token of `short` occurs in `long` (and `long` has more tokens). */
export function isTokenSubset(short: string, long: string): boolean {
  const a = nameTokens(short);
  const b = new Set(nameTokens(long));
  return a.length > 0 && a.length < b.size && a.every((t) => b.has(t));
}

function isNameToken(token: string, first: boolean): boolean {
  if (isAbbreviation(token)) return true;
  if (!first && PARTICLES.has(token)) return true;
  if (/['’]s$/u.test(token)) return false; // possessive: "Huawei’s Ren Zhengfei: …" is a headline
  // Capitalised word, ALL CAPS word, hyphenated or apostrophised parts ("Jean-Paul", "O'Brien", "VanderKlippe").
  return /^\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*$/u.test(token);
}

/**
 * Name-like tokens, the first one capitalised: "Ren", "Lucas de la Cal", "Mr. Ren", "CHRIS WALLACE".
 * At most five capitalised words (particles such as "de la" do not count): a longer capitalised run
 * before a colon is more often a heading or a list lead-in than a person.
 */
export const MAX_NAME_WORDS = 5;

export function looksLikeName(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  const capitalised = tokens.filter((t) => !PARTICLES.has(t));
  if (tokens.length === 0 || capitalised.length > MAX_NAME_WORDS || tokens.length > MAX_NAME_WORDS + 3) return false;
  if (!tokens.some((t) => /\p{L}{2}/u.test(t))) return false;
  return tokens.every((t, i) => isNameToken(t, i === 0));
}
