/**
 * Generic speaker labels that name a role rather than a person ("Audience:", "Q:"). These are accepted
 * as labels without further evidence and carry their role.
 */
import type { Role } from '../types.js';

const ROLE_WORDS: Array<[RegExp, Role]> = [
  [/^(?:audience|audience member|member of the audience|journalist|reporter|participant|attendee|unidentified (?:male|female|speaker|man|woman)|questioner|caller|student|guest)(?: \d{1,3})?$/i, 'audience'],
  [/^(?:moderator|host|chair|chairman|chairwoman|chairperson|anchor|presenter)(?: \d{1,3})?$/i, 'moderator'],
  [/^(?:q|question|interviewer)(?: \d{1,3})?$/i, 'interviewer'],
  [/^(?:a|answer|interviewee|respondent)(?: \d{1,3})?$/i, 'interviewee'],
  [/^(?:narrator|voice ?over|vo)$/i, 'narrator'],
  [/^(?:panelist|panellist)(?: \d{1,3})?$/i, 'panelist'],
];

/** The role a generic label stands for, or undefined for a personal name. */
export function roleWord(name: string): Role | undefined {
  const n = name.trim().replace(/\s+/g, ' ');
  if (n.length > 40) return undefined;
  for (const [re, role] of ROLE_WORDS) if (re.test(n)) return role;
  return undefined;
}

/** "Speaker 1", "Speaker 12": an anonymous but distinct person, role left to the heuristics. */
export function isNumberedSpeaker(name: string): boolean {
  return /^(?:speaker|voice|person|man|woman|male|female) ?\d{1,3}$/i.test(name.trim());
}
