/**
 * findTurns: InterviewSpan → Interview. Labelled transcripts are cut at their speaker labels;
 * articles into quotation and narration turns. Speakers get one canonical name and a role, and every
 * interviewee answer is linked to the question it answers.
 */
import type { CleanDoc, Interview, InterviewSpan, Role, Speaker, Turn } from '../types.js';
import type { ManifestDoc } from '../manifest.js';
import { msg } from '../messages.js';
import { articleSegments } from './article.js';
import { labelledTurns } from './labelled.js';
import { foldName, isTokenSubset } from './names.js';
import { canonicalSpeakers, type LabelUse } from './speakers.js';
import { assignRoles, type TurnDraft } from './roles.js';
import { fullNameIn } from './full-name.js';
import { countWords, type TurnText } from './text.js';
import { roleWord } from './role-words.js';

export const NARRATOR = 'Narrator';
export const UNKNOWN_SPEAKER = 'Unknown speaker';

/** Interviewers asking together in one session: this many or more makes a roundtable. */
const ROUNDTABLE_MIN_INTERVIEWERS = 3;

interface Drafted {
  use: LabelUse | null;
  body: TurnText;
}

/** The article's interviewee: the manifest's, else the person named in said-clauses, in full. */
function articleInterviewee(span: InterviewSpan, names: string[], fullName: (t: string) => string | undefined): string {
  if (span.meta.interviewee) return span.meta.interviewee;
  const counts = new Map<string, number>();
  for (const n of names) if (!/^(?:he|she|they)$/i.test(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (!best) return UNKNOWN_SPEAKER;
  return best.includes(' ') ? best : (fullName(best) ?? best);
}

function draftsFor(span: InterviewSpan, clean: CleanDoc, doc: ManifestDoc | undefined, fullName: (t: string) => string | undefined): { drafts: Drafted[]; narrated: boolean } {
  if (clean.kind === 'article') {
    const segments = articleSegments(span);
    const interviewee = articleInterviewee(span, segments.flatMap((s) => (s.who ? [s.who] : [])), fullName);
    const iKey = foldName(interviewee);
    const drafts = segments.map((s): Drafted => {
      if (s.who === null) return { use: null, body: s.body };
      const pronoun = /^(?:he|she|they)$/i.test(s.who);
      const key = foldName(s.who);
      const isInterviewee = pronoun || key === iKey || isTokenSubset(key, iKey);
      const name = isInterviewee ? interviewee : s.who;
      return { use: { key: isInterviewee ? iKey : key, name, raw: '', affiliation: null }, body: s.body };
    });
    return { drafts, narrated: true };
  }
  const raw = labelledTurns(span, clean, doc);
  return {
    drafts: raw.map((t) => ({
      use: t.label ? { key: t.label.key, name: t.label.name, raw: t.label.raw, affiliation: t.label.affiliation } : null,
      body: t.body,
    })),
    narrated: false,
  };
}

function interviewKind(span: InterviewSpan, doc: ManifestDoc | undefined, speakers: readonly Speaker[]): string {
  const fromManifest = doc?.interviews?.find((iv) => iv.id === span.meta.id)?.kind;
  if (fromManifest || span.meta.kind === 'article') return span.meta.kind;
  if (speakers.some((s) => s.role === 'moderator')) return 'panel';
  if (speakers.filter((s) => s.role === 'interviewer').length >= ROUNDTABLE_MIN_INTERVIEWERS) return 'roundtable';
  return 'interview';
}

export function findTurns(span: InterviewSpan, clean: CleanDoc, doc?: ManifestDoc): { interview: Interview; warnings: string[] } {
  const warnings: string[] = [];
  const fullName = fullNameIn(clean);
  const { drafts } = draftsFor(span, clean, doc, fullName);
  const hasLabels = drafts.some((d) => d.use !== null);
  if (!hasLabels && clean.kind !== 'article' && drafts.length > 0) {
    warnings.push(msg.noLabels(clean.file));
    const name = span.meta.interviewee ?? UNKNOWN_SPEAKER;
    for (const d of drafts) d.use = { key: foldName(name) || 'unknown', name, raw: '', affiliation: null };
  }
  const uses = drafts.flatMap((d) => (d.use ? [d.use] : []));
  const { speakers, keyOf } = canonicalSpeakers(uses, span, fullName);
  const turnDrafts: TurnDraft[] = drafts.map((d) => ({
    key: d.use ? keyOf(d.use) : '',
    text: d.body.text,
    words: countWords(d.body.text),
  }));
  if (!hasLabels && clean.kind !== 'article') {
    for (const s of speakers) s.role = 'interviewee';
  } else {
    assignRoles(speakers, turnDrafts.filter((t) => t.key !== ''), span);
  }
  if (drafts.some((d) => d.use === null)) {
    speakers.push({ key: '', name: NARRATOR, role: 'narrator', affiliation: null, aliases: [] });
  }
  const byKey = new Map(speakers.map((s) => [s.key, s]));
  const turns: Turn[] = [];
  let lastQuestion: number | null = null;
  drafts.forEach((d, index) => {
    const sp = byKey.get(turnDrafts[index].key)!;
    const role: Role = sp.role;
    turns.push({
      interviewId: span.meta.id,
      index,
      speaker: sp.name,
      label: d.use?.raw ?? '',
      role,
      affiliation: sp.affiliation,
      answersTurn: role === 'interviewee' ? lastQuestion : null,
      source: { file: clean.file, line: d.body.firstLine },
      // A copy of exactly its length: the array grown by push keeps room for 16 more pairs, which a
      // million one-line turns held as 120 MB.
      lineMap: d.body.lineMap.slice(),
      text: d.body.text,
      nWords: turnDrafts[index].words,
    });
    if (role !== 'interviewee' && role !== 'narrator') lastQuestion = index;
  });
  const interviewee = speakers.find((s) => s.role === 'interviewee' && roleWord(s.name) === undefined)?.name ?? span.meta.interviewee ?? null;
  const speakerList: Speaker[] = speakers.map(({ name, role, affiliation, aliases }) => ({ name, role, affiliation, aliases }));
  const interview: Interview = {
    ...span.meta,
    kind: interviewKind(span, doc, speakerList),
    interviewee,
    speakers: speakerList,
    turns,
  };
  return { interview, warnings };
}
