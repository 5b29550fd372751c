/**
 * File names derived from data (interview ids, speaker names) must stay inside out/ and mean the
 * same file on every file system. An id that is already a safe lower-case name is kept as is, so
 * report links stay readable; any other id becomes a slug plus a short hash of the original, so two
 * different ids never share a file (not even "Ren" and "ren" on a case-insensitive disk).
 */
import crypto from 'node:crypto';

const MAX_LENGTH = 80;
const HASH_LENGTH = 10;
const SAFE = /^[a-z0-9][a-z0-9._-]*$/;
// Device names Windows refuses whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/;
// A kept id must not look like a hashed one, or it could coincide with another id's hashed name.
const HASHED_SHAPE = /-[0-9a-f]{10}$/;

function isSafeAsIs(id: string): boolean {
  return (
    id.length <= MAX_LENGTH &&
    SAFE.test(id) &&
    !id.includes('..') &&
    !id.endsWith('.') &&
    !RESERVED.test(id) &&
    !HASHED_SHAPE.test(id)
  );
}

function slug(id: string): string {
  return id
    .slice(0, 4 * MAX_LENGTH)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH - HASH_LENGTH - 1)
    .replace(/-+$/, '');
}

export function safeFileName(id: string): string {
  if (isSafeAsIs(id)) return id;
  const hash = crypto.createHash('sha256').update(id, 'utf8').digest('hex').slice(0, HASH_LENGTH);
  const base = slug(id);
  return base ? `${base}-${hash}` : `id-${hash}`;
}
