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
