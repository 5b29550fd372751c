/**
 * Plans and runs analyzers. Like wink-nlp's pipe validation, a bad plan fails before any text is
 * read: unknown names, requirements that no earlier analyzer produces, two producers of one key.
 */
import { TurnlensError, EXIT, msg } from '../pipeline/messages.js';
import type { AnyAnalyzer, AnalyzerInput, AnnotationKey, Annotations } from './types.js';

export function planAnalyzers(registry: readonly AnyAnalyzer[], names?: readonly string[]): AnyAnalyzer[] {
  const byName = new Map(registry.map((a) => [a.name, a]));
  const known = registry.map((a) => a.name);
  // Keep registry order whatever order the user names them in: the order encodes dependencies.
  const wanted = names ?? known;
  for (const n of wanted) if (!byName.has(n)) throw new TurnlensError(msg.unknownAnalyzer(n, known), EXIT.usage);
  const plan = registry.filter((a) => wanted.includes(a.name));
  const producedBy = new Map<AnnotationKey, string>();
  for (const a of plan) {
    for (const r of a.requires) {
      if (!producedBy.has(r)) throw new TurnlensError(msg.unmetRequirement(a.name, r), EXIT.usage);
    }
    for (const p of a.produces) {
      const other = producedBy.get(p);
      if (other !== undefined) throw new TurnlensError(msg.duplicateProducer(p, other, a.name), EXIT.usage);
      producedBy.set(p, a.name);
    }
  }
  return plan;
}

/** Runs a validated plan over one interview; each analyzer sees only what came before it. */
export function runAnalyzers(
  plan: readonly AnyAnalyzer[],
  input: Omit<AnalyzerInput, 'annotations'>,
): Partial<Annotations> {
  const annotations: Partial<Annotations> = {};
  for (const a of plan) {
    const out = a.run({ ...input, annotations });
    for (const key of a.produces) {
      (annotations as Record<string, unknown>)[key] = (out as Record<string, unknown>)[key];
    }
  }
  return annotations;
}

/** Starts the helper threads of a plan's analyzers (see AnalyzerHelper). */
export function startHelpers(plan: readonly AnyAnalyzer[]): void {
  for (const a of plan) a.helper?.start();
}

/** Ends them. */
export function stopHelpers(plan: readonly AnyAnalyzer[]): void {
  for (const a of plan) a.helper?.stop();
}
