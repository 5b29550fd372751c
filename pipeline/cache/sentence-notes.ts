/**
 * A sentence's annotations (word count, sentiment, mentions, theme hits) as the results codec stores
 * them: in columns per interview, not as objects. Stored and sent between threads as objects, they
 * were a fifth of a results entry and most of the time a worker's reply took to rebuild (each mention
 * and theme hit an object of its own; the sample compilation's 28 ms of 60). A mention's surface is
 * left out where it is the sentence's text at the mention's offsets.
 *
 * Only annotations the columns give back exactly go in (keys in order, values of the kinds the
 * columns hold): the caller keeps a sentence whose annotations do not `fit` whole.
 */
import type { AnalyzedSentence } from '../types.js';
import type { Mention, SentimentResult, ThemeHit } from '../../analyzers/types.js';
import { hasKeys, isPlainArray as isArray, isPlainObject as isPlain } from './shape.js';

const SENTIMENT_KEYS: readonly string[] = ['score', 'label'];
const MENTION_KEYS: readonly string[] = ['entity', 'type', 'surface', 'start', 'end'];
const THEME_KEYS: readonly string[] = ['theme', 'weight', 'cues'];

export interface NoteColumns {
  nWords: number[];
  score: number[];
  label: string[];
  /** Mentions per sentence, then each mention's fields, sentence after sentence. */
  mentions: number[];
  entity: string[];
  type: string[];
  /** null where the surface is the sentence's text from the mention's start to its end. */
  surface: Array<string | null>;
  start: number[];
  end: number[];
  /** Theme hits per sentence, then each hit's fields, and its cues one after another. */
  themes: number[];
  theme: string[];
  weight: number[];
  cues: number[];
  cue: string[];
}

export function emptyNoteColumns(): NoteColumns {
  return { nWords: [], score: [], label: [], mentions: [], entity: [], type: [], surface: [], start: [], end: [], themes: [], theme: [], weight: [], cues: [], cue: [] };
}

/** Whether the columns give the annotations of `s` back exactly. */
export function notesFit(s: AnalyzedSentence): boolean {
  const { sentiment, mentions, themes } = s;
  if (typeof s.nWords !== 'number' || typeof s.text !== 'string') return false;
  if (!isPlain(sentiment) || !hasKeys(sentiment, SENTIMENT_KEYS) || typeof sentiment.score !== 'number' || typeof sentiment.label !== 'string') return false;
  if (!isArray(mentions) || !isArray(themes)) return false;
  for (let i = 0; i < mentions.length; i++) {
    if (!(i in mentions)) return false;
    const m = mentions[i] as Mention;
    if (!isPlain(m) || !hasKeys(m, MENTION_KEYS)) return false;
    if (typeof m.entity !== 'string' || typeof m.type !== 'string' || typeof m.surface !== 'string' || typeof m.start !== 'number' || typeof m.end !== 'number') return false;
  }
  for (let i = 0; i < themes.length; i++) {
    if (!(i in themes)) return false;
    const h = themes[i] as ThemeHit;
    if (!isPlain(h) || !hasKeys(h, THEME_KEYS) || typeof h.theme !== 'string' || typeof h.weight !== 'number' || !isArray(h.cues)) return false;
    for (let j = 0; j < h.cues.length; j++) if (!(j in h.cues) || typeof h.cues[j] !== 'string') return false;
  }
  return true;
}

/** Appends the annotations of `s`, which `notesFit`, to `cols`. */
export function addNotes(cols: NoteColumns, s: AnalyzedSentence): void {
  cols.nWords.push(s.nWords);
  cols.score.push(s.sentiment.score);
  cols.label.push(s.sentiment.label);
  cols.mentions.push(s.mentions.length);
  for (const m of s.mentions) {
    cols.entity.push(m.entity);
    cols.type.push(m.type);
    cols.surface.push(m.surface === s.text.slice(m.start, m.end) ? null : m.surface);
    cols.start.push(m.start);
    cols.end.push(m.end);
  }
  cols.themes.push(s.themes.length);
  for (const h of s.themes) {
    cols.theme.push(h.theme);
    cols.weight.push(h.weight);
    cols.cues.push(h.cues.length);
    for (const c of h.cues) cols.cue.push(c);
  }
}

/** Reads the columns in order, one sentence's annotations per call. */
export class NotesReader {
  private k = 0;
  private m = 0;
  private t = 0;
  private c = 0;

  constructor(private readonly cols: NoteColumns) {}

  /** Sets the next sentence's annotations on `s` (whose text its mentions point into). */
  next(s: AnalyzedSentence): void {
    const { cols } = this;
    const k = this.k++;
    if (k >= cols.nWords.length) throw new Error(`no stored annotations for sentence ${k}`);
    s.nWords = cols.nWords[k];
    s.sentiment = { score: cols.score[k], label: cols.label[k] as SentimentResult['label'] };
    // Arrays filled by push stay packed, as JSON.parse and structured clone make them.
    const mentions: Mention[] = [];
    for (let i = cols.mentions[k]; i > 0; i--, this.m++) {
      const start = cols.start[this.m];
      const end = cols.end[this.m];
      const surface = cols.surface[this.m];
      mentions.push({ entity: cols.entity[this.m], type: cols.type[this.m] as Mention['type'], surface: surface ?? s.text.slice(start, end), start, end });
    }
    s.mentions = mentions;
    const themes: ThemeHit[] = [];
    for (let i = cols.themes[k]; i > 0; i--, this.t++) {
      const cues: string[] = [];
      for (let j = cols.cues[this.t]; j > 0; j--) cues.push(cols.cue[this.c++]);
      themes.push({ theme: cols.theme[this.t], weight: cols.weight[this.t], cues });
    }
    s.themes = themes;
  }

  /** Throws unless every stored annotation was read. */
  done(): void {
    const { cols } = this;
    if (this.k !== cols.nWords.length || this.m !== cols.entity.length || this.t !== cols.theme.length || this.c !== cols.cue.length) {
      throw new Error('stored annotations left over');
    }
  }
}
