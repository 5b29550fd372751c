/**
 * A role for every speaker. Known roles come first (manifest participants, generic labels such as
 * "Audience"). The interviewee is the manifest's, else the speaker with the most words who is not
 * the first to ask a question. Of the others, those whose turns mostly end in a question are
 * interviewers and the rest panelists; when panelists speak often enough to make it a panel, the
 * first interviewer to speak is its moderator.
 */
import type { InterviewSpan, Role } from '../types.js';
import { foldName, isTokenSubset } from './names.js';
import { roleWord } from './role-words.js';
import type { SpeakerDraft } from './speakers.js';

/** A turn "asks" when a question mark falls in its last part. */
const ASK_TAIL_CHARS = 240;
/** Below this share of asking turns a speaker answers rather than asks. */
const ASKER_SHARE = 0.4;
/** Panelists must take this many turns together for the session to count as a panel. */
const PANEL_MIN_TURNS = 5;

export interface TurnDraft {
  key: string;
  text: string;
  words: number;
}

export function asksQuestion(text: string): boolean {
  return text.slice(-ASK_TAIL_CHARS).includes('?');
}

function matches(key: string, name: string): boolean {
  const k = foldName(name.split(',')[0]);
  return k === key || isTokenSubset(key, k) || isTokenSubset(k, key);
}

export function assignRoles(speakers: SpeakerDraft[], turns: readonly TurnDraft[], span: InterviewSpan): void {
  const stats = new Map<string, { words: number; turns: number; asks: number; first: number }>();
  turns.forEach((t, i) => {
    const s = stats.get(t.key) ?? { words: 0, turns: 0, asks: 0, first: i };
    s.words += t.words;
    s.turns += 1;
    if (asksQuestion(t.text)) s.asks += 1;
    stats.set(t.key, s);
  });
  const fixed = new Map<string, Role>();
  for (const sp of speakers) {
    const p = span.participants.find((x) => matches(sp.key, x.label));
    const r = p?.role ?? roleWord(sp.name) ?? sp.aliases.map((a) => roleWord(a.split(',')[0])).find((x) => x !== undefined);
    if (r) fixed.set(sp.key, r);
  }
  let interviewee = speakers.find((sp) => fixed.get(sp.key) === 'interviewee');
  if (!interviewee && span.meta.interviewee) interviewee = speakers.find((sp) => matches(sp.key, span.meta.interviewee!));
  if (!interviewee) {
    const firstAsker = turns.find((t) => asksQuestion(t.text))?.key;
    const pool = speakers.filter((sp) => !fixed.has(sp.key) && (sp.key !== firstAsker || speakers.length === 1));
    pool.sort((a, b) => (stats.get(b.key)?.words ?? 0) - (stats.get(a.key)?.words ?? 0) || a.key.localeCompare(b.key));
    interviewee = pool[0];
  }
  for (const sp of speakers) {
    const s = stats.get(sp.key) ?? { words: 0, turns: 0, asks: 0, first: 0 };
    if (sp === interviewee) sp.role = 'interviewee';
    else sp.role = fixed.get(sp.key) ?? (s.turns > 0 && s.asks / s.turns < ASKER_SHARE ? 'panelist' : 'interviewer');
  }
  // Someone asks the questions: with no interviewer found, the speaker asking most often is one.
  if (!speakers.some((sp) => sp.role === 'interviewer' || sp.role === 'moderator')) {
    const share = (sp: SpeakerDraft) => {
      const s = stats.get(sp.key);
      return s && s.turns > 0 ? s.asks / s.turns : 0;
    };
    const askers = speakers.filter((sp) => sp.role === 'panelist' && !fixed.has(sp.key) && share(sp) > 0);
    askers.sort((a, b) => share(b) - share(a) || (stats.get(a.key)?.first ?? 0) - (stats.get(b.key)?.first ?? 0));
    if (askers[0]) askers[0].role = 'interviewer';
  }
  const panelTurns = speakers.filter((sp) => sp.role === 'panelist').reduce((n, sp) => n + (stats.get(sp.key)?.turns ?? 0), 0);
  if (panelTurns >= PANEL_MIN_TURNS && !speakers.some((sp) => sp.role === 'moderator')) {
    const askers = speakers.filter((sp) => sp.role === 'interviewer' && !fixed.has(sp.key));
    askers.sort((a, b) => (stats.get(a.key)?.first ?? 0) - (stats.get(b.key)?.first ?? 0));
    if (askers[0]) askers[0].role = 'moderator';
  }
}
