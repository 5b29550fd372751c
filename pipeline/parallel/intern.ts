/**
 * Results that cross a thread boundary arrive with every string copied. A sentence rebuilt from its
 * turn (cache/results-codec.ts, the form replies take) shares its turn's strings and slices its text,
 * but every document brings its own copies of the file paths, speakers, entity names and theme ids
 * that the documents before it held too, and a sentence kept whole its own copies of all its strings.
 * Processed in this thread, those were shared references and slices. At 100× the sample that
 * difference is hundreds of MiB, so received results are folded back: repeated strings are interned
 * and sentence texts become slices of their turn's text again. Values do not change, only how many
 * copies of them are held.
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
    const turnText = new Map<number, string>();
    for (const t of interview.turns) {
      t.interviewId = i.of(t.interviewId);
      t.speaker = i.of(t.speaker);
      t.role = i.of(t.role);
      t.label = i.of(t.label);
      source(i, t.source);
      turnText.set(t.index, t.text);
    }
    for (const s of a.sentences) {
      s.interviewId = i.of(s.interviewId);
      s.speaker = i.of(s.speaker);
      s.role = i.of(s.role);
      source(i, s.source);
      const whole = turnText.get(s.turnIndex);
      if (whole !== undefined) {
        const slice = whole.slice(s.start, s.end);
        if (slice === s.text) s.text = slice;
      }
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
