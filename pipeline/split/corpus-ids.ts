/**
 * Interview ids unique across the corpus. `interviewId` (slug.ts) can only make ids unique within one
 * document, because documents are split, analysed and cached independently of each other; two files
 * holding an interview of the same date and title (two transcripts of one day, copies of a file)
 * would share an id, and every table, page and chart keyed by it would silently merge them.
 *
 * This step runs once, on the main thread, after the documents stage (which keeps each document's
 * interview ids) and before the tables are finished (pipeline/tables/builder.ts):
 * - in input order, an id met for the first time is kept, so a corpus without clashes keeps every id;
 * - a later interview with a taken id gets `id-2`, `id-3`, … (slug.ts's suffix scheme), skipping every
 *   id anywhere in the corpus, and a warning names its file and both ids;
 * - an id the manifest gives belongs to its interview whatever the input order: a detected id equal
 *   to it is the one renamed. Two files matched by one manifest entry would receive the same manifest
 *   ids; `checkManifestMatches` refuses that before any text is read.
 *
 * Documents with a renamed interview are copied, never changed in place: the originals may still wait
 * to be written to the cache (pipeline/cache/writes.ts), and a cached result must not depend on the
 * other documents of a run.
 */
import type { AnalyzedInterview, DocResult } from '../types.js';
import { manifestFor, type Manifest, type ManifestDoc } from '../manifest.js';
import { TurnlensError, msg } from '../messages.js';
import { suffixed } from './slug.js';

export interface UniqueIds {
  /** The documents, in the same order; those with a renamed interview are copies. */
  docs: DocResult[];
  /** One warning per renamed interview, in input order. */
  warnings: string[];
}

/**
 * Fails when one manifest entry that lists interviews matches two input files (the manifest matches
 * by file name, so two folders may hold a file of that name): both would get the entry's ids, and a
 * manifest id is the user's name for one interview, used by --compare and in the report.
 * `files` as listInputs gives them (the paths messages show).
 */
export function checkManifestMatches(files: readonly string[], manifest: Manifest | undefined): void {
  if (!manifest) return;
  const matchedBy = new Map<ManifestDoc, string>();
  for (const file of files) {
    const entry = manifestFor(manifest, file);
    const first = entry?.interviews?.[0];
    if (!entry || !first) continue;
    const earlier = matchedBy.get(entry);
    if (earlier !== undefined) {
      throw new TurnlensError(msg.manifestEntryTwice(entry.file, earlier, file, first.id));
    }
    matchedBy.set(entry, file);
  }
}

/** One document's interview ids, in order: all that choosing unique ids needs to know of it. */
export interface DocIds {
  file: string;
  ids: readonly string[];
}

export interface IdChoice {
  /** Per document, per interview: the id it keeps or is renamed to. */
  ids: string[][];
  /** One warning per renamed interview, in input order. */
  warnings: string[];
}

/**
 * The unique id of every interview (see the file comment), from the ids alone: the documents stage
 * folds each document into the tables as it arrives and keeps only its ids for this step.
 */
export function chooseInterviewIds(docs: readonly DocIds[], manifest?: Manifest): IdChoice {
  const inCorpus = new Set(docs.flatMap((d) => d.ids));
  /** id → file of the interview keeping it. */
  const holder = new Map<string, string>();
  /** Per document, the positions of interviews whose id the manifest gave (the k-th manifest interview is the k-th span). */
  const keepers = docs.map((d) => {
    const listed = manifest ? (manifestFor(manifest, d.file)?.interviews ?? []) : [];
    const kept = new Set<number>();
    d.ids.forEach((id, k) => {
      if (listed[k]?.id !== id || holder.has(id)) return;
      holder.set(id, d.file);
      kept.add(k);
    });
    return kept;
  });
  /** id → the next suffix worth trying (ids only get taken, so earlier suffixes stay taken). */
  const nextSuffix = new Map<string, number>();
  const warnings: string[] = [];
  const ids = docs.map((d, i) =>
    d.ids.map((id, k) => {
      if (keepers[i].has(k)) return id;
      const owner = holder.get(id);
      if (owner === undefined) {
        holder.set(id, d.file);
        return id;
      }
      let n = nextSuffix.get(id) ?? 2;
      while (inCorpus.has(suffixed(id, n))) n++;
      nextSuffix.set(id, n + 1);
      const fresh = suffixed(id, n);
      inCorpus.add(fresh);
      holder.set(fresh, d.file);
      warnings.push(msg.renamedInterview(d.file, id, fresh, owner));
      return fresh;
    }),
  );
  return { ids, warnings };
}

/**
 * A document's interview ids, as `chooseInterviewIds` reads them: a fresh array, which the caller may
 * grow (a long document's, part by part).
 */
/** A document's interview ids; a long interview's later pieces (which carry its id again) add none. */
export const idsOf = (doc: DocResult): DocIds & { ids: string[] } => ({
  file: doc.file,
  ids: doc.interviews.filter((a) => (a.piece?.index ?? 0) === 0).map((a) => a.interview.id),
});

/** `docs` under the ids `chosen` gave them: a document with a renamed interview is a copy. */
export function withChosenIds(docs: readonly DocResult[], chosen: readonly (readonly string[])[]): DocResult[] {
  return docs.map((d, i) => {
    const ids = chosen[i];
    if (d.interviews.every((a, k) => a.interview.id === ids[k])) return d;
    return { ...d, interviews: d.interviews.map((a, k) => (a.interview.id === ids[k] ? a : withInterviewId(a, ids[k]))) };
  });
}

/** Renames every interview whose id an earlier one (or a manifest-given one) holds; see the file comment. */
export function uniqueInterviewIds(docs: readonly DocResult[], manifest?: Manifest): UniqueIds {
  const { ids, warnings } = chooseInterviewIds(docs.map(idsOf), manifest);
  return { docs: withChosenIds(docs, ids), warnings };
}

/**
 * A copy of `a` under the id `id`: the interview, its turns, its sentences (their ids
 * `${interviewId}:${turn}:${index}` included) and the sentence ids its stance cites as evidence.
 * Mentions, theme hits and term counts hold no interview id and are shared with the original.
 */
export function withInterviewId(a: AnalyzedInterview, id: string): AnalyzedInterview {
  const sentenceId = renameSentenceId(a.interview.id, id);
  return {
    ...a,
    interview: { ...a.interview, id, turns: a.interview.turns.map((t) => ({ ...t, interviewId: id })) },
    sentences: a.sentences.map((s) => ({ ...s, id: sentenceId(s.id), interviewId: id })),
    stance: a.stance.map((t) => ({ ...t, evidence: t.evidence.map(sentenceId) })),
  };
}

/** A sentence id (`${interviewId}:${turn}:${index}`) of interview `from` as the same sentence's id under `to`. */
export function renameSentenceId(from: string, to: string): (sentenceId: string) => string {
  const prefix = `${from}:`;
  return (s) => (s.startsWith(prefix) ? `${to}:${s.slice(prefix.length)}` : s);
}
