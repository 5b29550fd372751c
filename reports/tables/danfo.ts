/**
 * danfojs, loaded without paying for what turnlens never calls.
 *
 * Requiring danfojs takes about a second, and most of that is three of its dependencies that a
 * group-by of sums, means and counts never touches: mathjs (≈0.4 s; danfojs calls it only for
 * std, variance, median and mode), TensorFlow.js (≈0.15 s; tensor arithmetic, scalers and encoders)
 * and xlsx (≈0.1 s; Excel input and output). While danfojs loads, each of those is stood in for by a
 * module whose first property read loads the real one, so behaviour is unchanged (a `std`
 * aggregation still gets mathjs's) and the cost is paid only by a run that needs it. The stand-ins
 * are put in `require.cache` for the duration of the danfojs load only and taken out afterwards, so
 * any other code requiring these modules gets the real one.
 *
 * One read is answered without loading: every danfojs frame's constructor asks whether its data
 * is a TensorFlow `Tensor` (`data instanceof tf.Tensor`). Arrays and plain objects, all turnlens
 * ever passes, never are; anything else is tested against the real class, loading it first.
 */
import Module, { createRequire } from 'node:module';

export type Danfo = typeof import('danfojs');

/** Dependencies of danfojs loaded on first use rather than with danfojs. */
export const DEFERRED_DEPENDENCIES = ['mathjs', 'xlsx', '@tensorflow/tfjs'] as const;

const fromHere = createRequire(import.meta.url);
let danfo: Danfo | undefined;
/** Which deferred dependencies have been loaded for real (for tests and the benchmark). */
export const loadedDeferred = new Set<string>();

/** True for what no Tensor can be (primitives, arrays, plain objects): answered without loading TensorFlow.js. */
function cannotBeTensor(v: unknown): boolean {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return true;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Properties a stand-in answers itself, by module: `Tensor`, for the `instanceof` test of every
 * danfojs frame (see above). `real` gives the loaded module.
 */
const ANSWERED: Record<string, (real: () => object) => Record<PropertyKey, unknown>> = {
  '@tensorflow/tfjs': (real) => ({
    Tensor: {
      [Symbol.hasInstance]: (v: unknown): boolean =>
        !cannotBeTensor(v) && v instanceof (Reflect.get(real(), 'Tensor') as new () => unknown),
    },
  }),
};

/** A module object that loads `name` (as danfojs would resolve it) on its first property read. */
function deferred(name: string, load: () => object): object {
  let real: object | undefined;
  const target = (): object => {
    if (!real) {
      real = load();
      loadedDeferred.add(name);
    }
    return real;
  };
  const answered = ANSWERED[name]?.(target) ?? {};
  return new Proxy(
    {},
    {
      get: (_, key) => (!real && Object.hasOwn(answered, key) ? answered[key] : Reflect.get(target(), key)),
      has: (_, key) => Reflect.has(target(), key),
      ownKeys: () => Reflect.ownKeys(target()),
      getOwnPropertyDescriptor: (_, key) => {
        const d = Reflect.getOwnPropertyDescriptor(target(), key);
        // A proxy may not report a property as non-configurable when its target lacks it.
        return d && { ...d, configurable: true };
      },
    },
  );
}

export function loadDanfo(): Danfo {
  if (danfo) return danfo;
  // Resolved from inside danfojs, so a stand-in takes exactly the cache slot danfojs's require hits.
  const fromDanfo = createRequire(fromHere.resolve('danfojs'));
  const stood: string[] = [];
  for (const name of DEFERRED_DEPENDENCIES) {
    const path = fromDanfo.resolve(name);
    if (fromHere.cache[path]) continue;
    const standIn = new Module(path);
    standIn.filename = path;
    standIn.loaded = true;
    standIn.exports = deferred(name, () => {
      // Read while danfojs is still loading: the slot still holds this stand-in, so clear it first.
      if (fromHere.cache[path] === standIn) delete fromHere.cache[path];
      return fromDanfo(name) as object;
    });
    fromHere.cache[path] = standIn;
    stood.push(path);
  }
  try {
    danfo = fromHere('danfojs') as Danfo;
  } finally {
    // Out of the cache before anything can call a stand-in: its first read then loads the real module.
    for (const path of stood) delete fromHere.cache[path];
  }
  return danfo;
}

/** Whether danfojs has been loaded in this thread (for tests of laziness). */
export function danfoLoaded(): boolean {
  return danfo !== undefined;
}
