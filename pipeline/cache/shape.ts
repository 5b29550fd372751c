/**
 * The tests the cache's column codecs make before storing a value in columns: a value that passes
 * comes back from the columns exactly (through JSON or v8's format); any other is stored whole.
 */

/** A whole number ≥ 0 (not -0), which a column of numbers gives back as it is. */
export function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && !Object.is(x, -0);
}

/** An object whose prototype is Object.prototype, as the codecs rebuild every object. */
export function isPlainObject(o: unknown): o is object {
  return typeof o === 'object' && o !== null && Object.getPrototypeOf(o) === Object.prototype;
}

/** An array whose prototype is Array.prototype, as the codecs rebuild every array. */
export function isPlainArray(a: unknown): a is unknown[] {
  return Array.isArray(a) && Object.getPrototypeOf(a) === Array.prototype;
}

/** Whether `o`'s own keys are `keys`, in that order. */
export function hasKeys(o: object, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}
