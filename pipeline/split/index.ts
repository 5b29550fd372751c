/**
 * split: CleanDoc → InterviewSpan[]. A transcript or an article is one interview; a compilation is
 * cut into sessions (see boundaries.ts). With a manifest, its interviews are matched to the sessions
 * in order and their metadata wins; when the manifest lists a different number of interviews than
 * were found, its participants place the boundaries instead.
 */
import type { CleanDoc, CleanLine, InterviewSpan } from '../types.js';
import type { ManifestDoc, ManifestInterview } from '../manifest.js';
import { docLabels } from '../turns/doc-labels.js';
import type { FoundLabel } from '../turns/label-scan.js';
import { foldName, isTokenSubset } from '../turns/names.js';
import { roleWord } from '../turns/role-words.js';
import { fullNameIn } from '../turns/full-name.js';
import { findBoundaries, mostFrequentSpeaker, speakerKeys, type Header } from './boundaries.js';
import { detectedMeta, manifestMeta, manifestParticipants, type Detected } from './meta.js';
import { outletOf } from './outlets.js';

function headersOf(clean: CleanDoc): Header[] {
  return clean.markers.filter((m) => m.kind === 'running-header').map((m) => ({ line: m.line, title: m.text }));
}

/** Cut lines at the given start indexes, dropping paragraph breaks at the edges. */
function cut(lines: readonly CleanLine[], starts: readonly number[]): CleanLine[][] {
  return starts.map((s, k) => {
    const part = lines.slice(s, starts[k + 1] ?? lines.length);
    while (part.length && part[0].text === '') part.shift();
    while (part.length && part[part.length - 1].text === '') part.pop();
    return part;
  });
}

/** Boundaries from the manifest's participants: each interview starts where one of its own people first speaks. */
function participantBoundaries(labels: readonly FoundLabel[], interviews: readonly ManifestInterview[]): number[] | null {
  const own = interviews.map((iv) => new Set(iv.participants.map((p) => foldName(p.label.split(',')[0]))));
  const belongs = (key: string, k: number) => [...own[k]].some((p) => p === key || isTokenSubset(key, p) || isTokenSubset(p, key));
  const starts = [0];
  let from = 0;
  for (let k = 1; k < interviews.length; k++) {
    let found = -1;
    for (let i = from; i < labels.length; i++) {
      const key = labels[i].key;
      if (belongs(key, k) && !belongs(key, k - 1)) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    starts.push(labels[found].index);
    from = found + 1;
  }
  return starts;
}

function titleFor(clean: CleanDoc, lines: readonly CleanLine[], headers: readonly Header[], single: boolean): string | null {
  if (lines.length === 0) return null;
  const first = lines[0].line;
  const last = lines[lines.length - 1].line;
  const inside = headers.find((h) => h.line >= first && h.line <= last);
  if (inside) return inside.title;
  if (single) return clean.markers.find((m) => m.kind === 'title')?.text ?? headers[0]?.title ?? null;
  return null;
}

/** Outlets of the interviewers whose labels fall in [from, to); labels are in line order. */
function outletsFor(labels: readonly FoundLabel[], keys: readonly string[], interviewee: string | null, from: number, to: number): string[] {
  const out: string[] = [];
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid].index < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < labels.length && labels[i].index < to; i++) {
    if (keys[i] === interviewee) continue;
    const o = outletOf(labels[i].affiliation);
    if (o && !out.includes(o)) out.push(o);
  }
  return out;
}

export function split(clean: CleanDoc, doc?: ManifestDoc): InterviewSpan[] {
  const labels = docLabels(clean, doc);
  const keys = speakerKeys(labels);
  const headers = headersOf(clean);
  const manifest = doc?.interviews ?? [];
  const intervieweeKey = manifest[0]?.interviewee
    ? (keys.find((k) => k === foldName(manifest[0].interviewee!) || isTokenSubset(k, foldName(manifest[0].interviewee!))) ?? null)
    : mostFrequentSpeaker(labels, keys);
  const intervieweeLabel = intervieweeKey === null ? undefined : labels[keys.indexOf(intervieweeKey)];

  let starts = [0];
  if (clean.kind === 'compilation') {
    const auto = findBoundaries(clean, labels, keys, intervieweeKey, headers);
    starts = manifest.length > 0 && auto.length !== manifest.length ? (participantBoundaries(labels, manifest) ?? auto) : auto;
  }
  const parts = cut(clean.lines, starts);
  let intervieweeName: string | null = null;
  // Only a compilation gives document-wide evidence for the interviewee (the one voice in every
  // session); a single transcript's interviewee is decided from its turns.
  if (clean.kind === 'compilation' && intervieweeLabel) {
    const name = intervieweeLabel.name;
    intervieweeName = name.includes(' ') || roleWord(name) ? name : (fullNameIn(clean)(name) ?? name);
    if (roleWord(name)) intervieweeName = null;
  }
  const taken = new Set<string>();
  return parts.map((lines, k) => {
    const from = starts[k];
    const to = starts[k + 1] ?? clean.lines.length;
    const found: Detected = {
      title: titleFor(clean, lines, headers, parts.length === 1),
      outlets: outletsFor(labels, keys, intervieweeKey, from, to),
      interviewee: intervieweeName,
      kind: clean.kind === 'article' ? 'article' : 'interview',
    };
    const iv = manifest[k];
    const meta = iv ? manifestMeta(clean.file, iv, found) : detectedMeta(clean.file, lines, found, taken, k);
    taken.add(meta.id);
    return { meta, lines, participants: manifestParticipants(iv) };
  });
}
