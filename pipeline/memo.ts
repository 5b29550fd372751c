/**
 * Derived data built once per key, for as long as the returned function is held: made inside one
 * call (a scan of one document), it keeps only the keys that call saw, and goes with it.
 */
export function memoByValue<K, V>(build: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      value = build(key);
      memo.set(key, value);
    }
    return value as V;
  };
}

/**
 * Derived data built once per object (a loaded resource, a cleaned document) and dropped with it:
 * resources are passed in, never global, so compiled forms are keyed by the object they came from.
 */
export function memoByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = build(key);
      memo.set(key, value);
    }
    return value;
  };
}
