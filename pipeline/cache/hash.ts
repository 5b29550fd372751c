/**
 * Hashes for cache keys: `sha256` of parts, `stableHash` of a small plain value (options, plan), and
 * `pathHash` of configuration files and folders by their bytes.
 *
 * Loaded resources are not hashed as objects: V8's serialization of equal values differs between
 * runs (a number may be stored as an integer or as a double depending on how it was computed), and
 * walking tens of thousands of lexicon entries costs more than reading the files they came from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, type Hash } from 'node:crypto';

export function sha256(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    // A separator keeps ("ab","c") apart from ("a","bc").
    h.update('\u0000');
  }
  return h.digest('hex');
}

/** A structural hash in insertion order (deterministic for values built by the same code from the same input). */
export function stableHash(value: unknown): string {
  const h = createHash('sha256');
  walk(h, value, new Set());
  return h.digest('hex');
}

/**
 * A file by its bytes; a folder by every file under it whose name ends with `ext` (relative path +
 * bytes, sorted, dot-entries skipped, so the cache folder itself never counts); a missing path
 * hashes as absent.
 */
export function pathHash(p: string, ext = ''): string {
  const h = createHash('sha256');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return h.update('absent').digest('hex');
  }
  if (stat.isFile()) return h.update('file:').update(fs.readFileSync(p)).digest('hex');
  for (const file of filesUnder(p).filter((f) => f.endsWith(ext))) {
    h.update(`${path.relative(p, file).split(path.sep).join('/')}\u0000`);
    h.update(createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return h.digest('hex');
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(full));
    else if (e.isFile()) out.push(full);
  }
  return out.sort();
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
