/**
 * Hashes for cache keys.
 *
 * `stableHash` hashes a loaded configuration (resources hold tens of thousands of lexicon entries):
 * by its V8 serialization when it is plain data (a few ms), else by a structural walk that also takes
 * functions by their source. Both follow insertion order, which is deterministic for a given code
 * version and given files — the code version is part of every key — so equal configurations hash
 * alike across runs and any changed entry, cue or alias changes the hash. (Reordering a JSON file
 * changes it too: a harmless miss.)
 */
import { createHash, type Hash } from 'node:crypto';
import v8 from 'node:v8';

export function sha256(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    // A separator keeps ("ab","c") apart from ("a","bc").
    h.update('\u0000');
  }
  return h.digest('hex');
}

export function stableHash(value: unknown): string {
  let bytes: Buffer;
  try {
    bytes = v8.serialize(value);
  } catch {
    // Not structured-cloneable (a function somewhere): walk it.
    const h = createHash('sha256').update('walk:');
    walk(h, value, new Set());
    return h.digest('hex');
  }
  return createHash('sha256').update('v8:').update(bytes).digest('hex');
}

function walk(h: Hash, v: unknown, path: Set<object>): void {
  if (v === null) return void h.update('n;');
  switch (typeof v) {
    case 'undefined':
      return void h.update('u;');
    case 'boolean':
      return void h.update(v ? 't;' : 'f;');
    case 'number':
    case 'bigint':
      return void h.update(`d${String(v)};`);
    case 'string':
      return void h.update(`s${v.length}:${v};`);
    case 'symbol':
      return void h.update(`y${String(v.description)};`);
    case 'function':
      return void h.update(`F${v.toString()};`);
  }
  const o = v as object;
  if (path.has(o)) return void h.update('c;');
  path.add(o);
  if (Array.isArray(o)) {
    h.update(`a${o.length}[`);
    for (const x of o) walk(h, x, path);
    h.update(']');
  } else if (o instanceof Map) {
    h.update(`m${o.size}{`);
    for (const [k, x] of o) {
      walk(h, k, path);
      walk(h, x, path);
    }
    h.update('}');
  } else if (o instanceof Set) {
    h.update(`S${o.size}{`);
    for (const x of o) walk(h, x, path);
    h.update('}');
  } else if (o instanceof RegExp) {
    h.update(`r${o.source}/${o.flags};`);
  } else if (ArrayBuffer.isView(o)) {
    h.update(`b${o.constructor.name}:`);
    h.update(new Uint8Array(o.buffer, o.byteOffset, o.byteLength));
    h.update(';');
  } else {
    const keys = Object.keys(o);
    h.update(`o${keys.length}{`);
    for (const k of keys) {
      h.update(`k${k.length}:${k}=`);
      walk(h, (o as Record<string, unknown>)[k], path);
    }
    h.update('}');
  }
  path.delete(o);
}
