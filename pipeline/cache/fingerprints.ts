/**
 * A fingerprint per analyzer of the plan: what its annotations of given sentences depend on, besides
 * the code (which the tokens key holds):
 *
 *   fingerprint(a) = sha256(a's name, each resource a reads by its files' bytes, each option a reads,
 *                           the fingerprint of the analyzer producing each key a requires)
 *
 * Two configurations that give an analyzer the same fingerprint give it the same input, so a
 * document's annotations under one serve the other (layers.ts, document.ts): an edit of themes.json
 * re-runs themes and stance, which reads the themes, and keeps sentiment, entities and terms.
 */
import type { AnalysisOptions, AnyAnalyzer, AnnotationKey } from '../../analyzers/types.js';
import { RESOURCE_NAMES, resourceSources, type ResourcePaths, type Resources } from '../../analyzers/resources.js';
import { pathHash, sha256, stableHash } from './hash.js';

/** Analyzer name → fingerprint. */
export type Fingerprints = Record<string, string>;

/** Each resource by the bytes of the .json files it is read from. */
export function resourceHashes(paths: ResourcePaths): Record<keyof Resources, string> {
  const sources = resourceSources(paths);
  return Object.fromEntries(RESOURCE_NAMES.map((r) => [r, pathHash(sources[r], '.json')])) as Record<keyof Resources, string>;
}

export function analyzerFingerprints(
  plan: readonly AnyAnalyzer[],
  resources: Record<keyof Resources, string>,
  options: AnalysisOptions,
): Fingerprints {
  const byKey = new Map<AnnotationKey, string>();
  const out: Fingerprints = {};
  for (const a of plan) {
    const parts = [a.name];
    for (const r of a.reads) parts.push(r, r in resources ? resources[r as keyof Resources] : stableHash(options[r as keyof AnalysisOptions]));
    // planAnalyzers has checked that an earlier analyzer produces each key.
    for (const k of a.requires) parts.push(k, byKey.get(k) ?? '');
    const fingerprint = sha256('analyzer', ...parts);
    out[a.name] = fingerprint;
    for (const k of a.produces) byKey.set(k, fingerprint);
  }
  return out;
}

/** The analyzers whose fingerprints `earlier` (a configuration's, as stored) shares with `now`. */
export function sameFingerprints(now: Fingerprints, earlier: unknown): Set<string> {
  const same = new Set<string>();
  if (typeof earlier !== 'object' || earlier === null) return same;
  for (const [name, fingerprint] of Object.entries(now)) {
    if ((earlier as Record<string, unknown>)[name] === fingerprint) same.add(name);
  }
  return same;
}
