/**
 * Results that cross a thread boundary, or come back from the cache, arrive with their strings
 * copied. Their sentences are rebuilt from their turns (cache/results-codec.ts, the form both take),
 * so a sentence's text is already a slice of its turn's and its speaker its turn's; but every
 * document brings its own copies of the file paths, speakers, entity names and theme ids that the
 * documents before it held too. At 100× the sample that difference is hundreds of MiB, so received
 * results are folded back: repeated strings are interned. Values do not change, only how many copies
 * of them are held. (A sentence the codec kept whole keeps its own text.)
 */
import type { DocResult, SourceRef } from '../types.js';

export class Interner {
  private readonly seen = new Map<string, string>();

  of<T extends string>(s: T): T {
    const known = this.seen.get(s);
    if (known !== undefined) return known as T;
    this.seen.set(s, s);
    return s;
  }

  /** Distinct strings held. */
  get size(): number {
    return this.seen.size;
  }
}

function source(i: Interner, ref: SourceRef): void {
  ref.file = i.of(ref.file);
}

/** Shares repeated strings of `doc` (mutated in place; it is the receiver's own copy) and returns it. */
export function shareStrings(doc: DocResult, i: Interner): DocResult {
  doc.file = i.of(doc.file);
  for (const r of doc.removed) {
    r.file = i.of(r.file);
    r.why = i.of(r.why);
  }
  for (const a of doc.interviews) {
    const interview = a.interview;
    interview.id = i.of(interview.id);
    interview.sourceFile = i.of(interview.sourceFile);
    for (const t of interview.turns) {
      t.interviewId = i.of(t.interviewId);
      t.speaker = i.of(t.speaker);
      t.role = i.of(t.role);
      t.label = i.of(t.label);
      source(i, t.source);
    }
    for (const s of a.sentences) {
      s.interviewId = i.of(s.interviewId);
      s.speaker = i.of(s.speaker);
      s.role = i.of(s.role);
      source(i, s.source);
      s.sentiment.label = i.of(s.sentiment.label);
      for (const m of s.mentions) {
        m.entity = i.of(m.entity);
        m.type = i.of(m.type);
        m.surface = i.of(m.surface);
      }
      for (const h of s.themes) {
        h.theme = i.of(h.theme);
        h.cues = h.cues.map((c) => i.of(c));
      }
    }
    for (const st of a.stance) {
      st.speaker = i.of(st.speaker);
      st.target = i.of(st.target);
      st.label = i.of(st.label);
    }
  }
  return doc;
}
