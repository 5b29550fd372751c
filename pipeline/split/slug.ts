/** Filename-safe, deterministic slugs for interview ids. */
import { oneByte } from '../one-byte.js';

const MAX_SLUG = 60;

export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length > MAX_SLUG ? s.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') : s;
  // ASCII, but two bytes a character when cut from a line that held a wide one; every sentence id
  // and evidence list is built from it.
  return oneByte(cut || 'untitled');
}

/** The n-th id made from `base` when `base` is taken (n ≥ 2): the one suffix scheme for interview ids. */
export const suffixed = (base: string, n: number): string => `${base}-${n}`;

/** `${date or 'undated'}-${slug of title}`, made unique within `taken` by a numeric suffix. */
export function interviewId(date: string | null, title: string, taken: Set<string>): string {
  const base = `${date ?? 'undated'}-${slug(title)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = suffixed(base, n);
  taken.add(id);
  return id;
}
