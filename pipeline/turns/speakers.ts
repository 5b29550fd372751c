/**
 * One canonical speaker per person within an interview. Labels are grouped by folded name
 * ("Detlef Zühlke" = "Detlef Zuehlke", "Mr. Ren" = "Ren"); a name whose words are all part of exactly
 * one longer name in the same interview joins it ("Ren" → "Ren Zhengfei"). The display name is the
 * manifest's, else the longest form, else the form written most often; a lone word is completed
 * from the text when the text names that person in full.
 */
import type { InterviewSpan, Speaker } from '../types.js';
import { foldName, isTokenSubset, nameTokens } from './names.js';
import { roleWord } from './role-words.js';

export interface LabelUse {
  key: string;
  name: string;
  raw: string;
  affiliation: string | null;
}

export interface SpeakerDraft extends Speaker {
  key: string;
}

function mergeTarget(key: string, candidates: readonly string[]): string {
  const longer = candidates.filter((c) => isTokenSubset(key, c));
  return longer.length === 1 ? longer[0] : key;
}

export function canonicalSpeakers(
  uses: readonly LabelUse[],
  span: InterviewSpan,
  fullName: (token: string) => string | undefined,
): { speakers: SpeakerDraft[]; keyOf: (use: LabelUse) => string } {
  const known: Array<{ key: string; name: string; affiliation: string | null }> = span.participants.map((p) => ({
    key: foldName(p.label.split(',')[0]),
    name: p.label.split(',')[0].trim(),
    affiliation: p.affiliation,
  }));
  if (span.meta.interviewee) {
    const key = foldName(span.meta.interviewee);
    if (!known.some((k) => k.key === key)) known.push({ key, name: span.meta.interviewee, affiliation: null });
  }
  const labelKeys = [...new Set(uses.map((u) => u.key))];
  const allKeys = [...new Set([...labelKeys, ...known.map((k) => k.key)])];
  const resolve = new Map<string, string>();
  for (const k of labelKeys) resolve.set(k, mergeTarget(k, allKeys));
  const keyOf = (u: LabelUse) => resolve.get(u.key) ?? u.key;

  const groups = new Map<string, LabelUse[]>();
  for (const u of uses) {
    const k = keyOf(u);
    const g = groups.get(k);
    if (g) g.push(u);
    else groups.set(k, [u]);
  }
  const speakers: SpeakerDraft[] = [];
  for (const [key, group] of groups) {
    // The manifest may name a person twice (as a participant "Ren" and as interviewee "Ren Zhengfei").
    const entries = known.filter((k) => k.key === key || isTokenSubset(k.key, key) || isTokenSubset(key, k.key));
    entries.sort((a, b) => nameTokens(b.key).length - nameTokens(a.key).length);
    const manifest = entries.length
      ? { name: entries[0].name, affiliation: entries.find((e) => e.affiliation !== null)?.affiliation ?? null }
      : undefined;
    const counts = new Map<string, number>();
    for (const u of group) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
    let name = manifest?.name;
    if (!name) {
      const forms = [...counts].sort((a, b) => nameTokens(foldName(b[0])).length - nameTokens(foldName(a[0])).length || b[1] - a[1]);
      name = forms[0][0];
      if (!name.includes(' ') && roleWord(name) === undefined) name = fullName(name) ?? name;
    }
    speakers.push({
      key,
      name,
      role: 'interviewer',
      affiliation: manifest?.affiliation ?? group.find((u) => u.affiliation !== null)?.affiliation ?? null,
      aliases: [...new Set(group.map((u) => u.raw))],
    });
  }
  return { speakers, keyOf };
}
