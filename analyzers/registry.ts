/**
 * Plans and runs analyzers. Like wink-nlp's pipe validation, a bad plan fails before any text is
 * read: unknown names, requirements that no earlier analyzer produces, two producers of one key.
 */
import { TurnlensError, EXIT, msg } from '../pipeline/messages.js';
import type { AnyAnalyzer, AnalyzerInput, AnnotationKey, Annotations, SweepInput } from './types.js';
import { OPTION_NAMES, RESOURCE_NAMES } from './resources.js';

const READ_NAMES: ReadonlySet<string> = new Set([...RESOURCE_NAMES, ...OPTION_NAMES]);

export function planAnalyzers(registry: readonly AnyAnalyzer[], names?: readonly string[]): AnyAnalyzer[] {
  const byName = new Map(registry.map((a) => [a.name, a]));
  const known = registry.map((a) => a.name);
  // Keep registry order whatever order the user names them in: the order encodes dependencies.
  const wanted = names ?? known;
  for (const n of wanted) if (!byName.has(n)) throw new TurnlensError(msg.unknownAnalyzer(n, known), EXIT.usage);
  const plan = registry.filter((a) => wanted.includes(a.name));
  const producedBy = new Map<AnnotationKey, string>();
  for (const a of plan) {
    for (const r of a.reads) if (!READ_NAMES.has(r)) throw new TurnlensError(msg.unknownRead(a.name, r, [...READ_NAMES]), EXIT.usage);
    for (const r of a.requires) {
      if (!producedBy.has(r)) throw new TurnlensError(msg.unmetRequirement(a.name, r), EXIT.usage);
    }
    if (a.sweeps && a.requires.length > 0) throw new TurnlensError(msg.sweepsWithRequirements(a.name, a.requires), EXIT.usage);
    for (const p of a.produces) {
      const other = producedBy.get(p);
      if (other !== undefined) throw new TurnlensError(msg.duplicateProducer(p, other, a.name), EXIT.usage);
      producedBy.set(p, a.name);
    }
  }
  return plan;
}

/**
 * Runs a validated plan over one interview; each analyzer sees only what came before it, and only
 * the resources and options it declares in `reads`. An analyzer whose every key is in `given` (what
 * it produced before, on the same sentences under the same reads: see pipeline/cache) is not run.
 */
export function runAnalyzers(
  plan: readonly AnyAnalyzer[],
  input: Omit<AnalyzerInput, 'annotations'>,
  given: Partial<Annotations> = {},
  swept?: Swept,
  carried?: Carried,
): Partial<Annotations> {
  const annotations: Partial<Annotations> = {};
  for (const a of plan) {
    const view = { ...viewFor(a, input), annotations, swept: swept?.states.get(a.name), carried: carried?.states.get(a.name) };
    const out: Partial<Annotations> = a.produces.every((key) => given[key] !== undefined) ? given : a.run(view);
    for (const key of a.produces) {
      (annotations as Record<string, unknown>)[key] = (out as Record<string, unknown>)[key];
    }
    // Also when the keys were given: the next piece may need what this one leaves.
    if (carried && a.carries) carried.states.set(a.name, a.carries(view));
  }
  return annotations;
}

/**
 * What the pieces of one long interview, analysed in order, leave each other: per analyzer that
 * `carries`, what the latest piece left. One per interview, handed to `runAnalyzers` with each piece.
 */
export class Carried {
  readonly states = new Map<string, unknown>();
}

/** `input` with only the resources and options `a` declares. */
function viewFor(a: AnyAnalyzer, input: SweepInput): SweepInput {
  return { ...input, resources: readable(input.resources, a, 'resource'), options: readable(input.options, a, 'option') };
}

/**
 * The sweeps of a plan's analyzers over one interview read in pieces (see InterviewSweeps): `count`
 * sweeps over every piece, in order, or over what the sweep before held for it (`sweepAll`);
 * `runAnalyzers` then hands each analyzer what its own sweeps gathered.
 */
export class Swept {
  readonly count: number;
  readonly states = new Map<string, unknown>();
  private readonly sweeping: AnyAnalyzer[];

  constructor(plan: readonly AnyAnalyzer[], interview: SweepInput['interview'], resources: SweepInput['resources'], options: SweepInput['options']) {
    this.sweeping = plan.filter((a) => a.sweeps !== undefined);
    this.count = Math.max(0, ...this.sweeping.map((a) => a.sweeps!.sweeps));
    for (const a of this.sweeping) this.states.set(a.name, a.sweeps!.start(viewFor(a, { interview, sentences: [], resources, options })));
  }

  /**
   * Every sweep in turn: `read` hands each piece of the interview, in order, to the `add` it is given
   * (wherever the pieces come from: tokenized afresh, or read back from the cache); `after` runs once
   * each sweep has ended. When every analyzer of the next sweep names the sentences it needs
   * (InterviewSweeps.add) and they hold at most `holdChars` characters, they are held and the next
   * sweep is handed them alone, without reading the pieces again.
   */
  sweepAll(read: (add: (input: SweepInput) => void) => void, after?: () => void, holdChars = 0): void {
    let held: SweepInput[] | undefined;
    for (let sweep = 0; sweep < this.count; sweep++) {
      const now = this.sweeping.filter((a) => sweep < a.sweeps!.sweeps);
      const next = new Set(this.sweeping.filter((a) => sweep + 1 < a.sweeps!.sweeps));
      const keep = next.size > 0 ? new HeldSentences(holdChars) : undefined;
      const add = (input: SweepInput): void => {
        const wanted = new Set<number>();
        let all = false;
        for (const a of now) {
          const named = a.sweeps!.add(this.states.get(a.name), sweep, viewFor(a, input));
          if (!next.has(a)) continue;
          if (named === undefined) all = true;
          else for (const i of named) wanted.add(i);
        }
        keep?.add(input, all ? undefined : wanted);
      };
      if (held) held.forEach(add);
      else read(add);
      for (const a of now) a.sweeps!.end(this.states.get(a.name), sweep);
      after?.();
      held = keep?.held();
    }
  }
}

/**
 * The sentences a sweep's analyzers name for the next, piece by piece, while they fit in `maxChars`
 * characters of sentence text; none once a piece needs all of its sentences or they do not fit.
 */
class HeldSentences {
  private readonly inputs: SweepInput[] = [];
  private chars = 0;
  private whole = false;

  constructor(private readonly maxChars: number) {}

  /** `wanted`: indexes into `input.sentences`; undefined, every sentence. */
  add(input: SweepInput, wanted: ReadonlySet<number> | undefined): void {
    if (this.whole) return;
    if (wanted === undefined) {
      this.drop();
      return;
    }
    if (wanted.size === 0) return;
    const sentences = input.sentences.filter((_, i) => wanted.has(i));
    for (const s of sentences) this.chars += s.text.length;
    if (this.chars > this.maxChars) {
      this.drop();
      return;
    }
    this.inputs.push({ ...input, sentences });
  }

  /** What the next sweep reads in place of every piece; undefined when it must read them all. */
  held(): SweepInput[] | undefined {
    return this.whole ? undefined : this.inputs;
  }

  private drop(): void {
    this.whole = true;
    this.inputs.length = 0;
  }
}

/** Views of a resources or options object, per analyzer, made once. */
const views = new WeakMap<object, Map<AnyAnalyzer, object>>();

/** `all` as `a` may read it: a declared key as it is, any other of its keys throws. */
function readable<T extends object>(all: T, a: AnyAnalyzer, what: 'resource' | 'option'): T {
  let byAnalyzer = views.get(all);
  if (!byAnalyzer) views.set(all, (byAnalyzer = new Map()));
  let view = byAnalyzer.get(a);
  if (!view) {
    const declared: ReadonlySet<PropertyKey> = new Set(a.reads);
    view = new Proxy(all, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key in target && !declared.has(key)) {
          throw new TurnlensError(msg.undeclaredRead(a.name, what, key), EXIT.internal);
        }
        return Reflect.get(target, key, receiver);
      },
    });
    byAnalyzer.set(a, view);
  }
  return view as T;
}

/** Starts the helper threads of a plan's analyzers (see AnalyzerHelper). */
export function startHelpers(plan: readonly AnyAnalyzer[]): void {
  for (const a of plan) a.helper?.start();
}

/** Ends them. */
export function stopHelpers(plan: readonly AnyAnalyzer[]): void {
  for (const a of plan) a.helper?.stop();
}
