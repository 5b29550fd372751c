/** Runs the real sentence stage and these analyzers over small hand-written interviews. */
import path from 'node:path';
import type { AnalyzedInterview, Interview, Sentence, Speaker, Turn } from '../../../pipeline/types.js';
import type { Annotations, AnalyzerInput } from '../../../analyzers/types.js';
import type { Resources } from '../../../analyzers/resources.js';
import { turnSentences } from '../../../pipeline/sentences/index.js';
import { loadEntitiesResource } from '../../../analyzers/entities/resource.js';
import { loadThemesResource } from '../../../analyzers/themes/resource.js';
import { entitiesAnalyzer } from '../../../analyzers/entities/index.js';
import { themesAnalyzer } from '../../../analyzers/themes/index.js';
import { termsAnalyzer } from '../../../analyzers/terms/index.js';

export const DATA = path.resolve(import.meta.dirname, '../../../data');
export const entities = loadEntitiesResource(path.join(DATA, 'entities.json'));
export const themes = loadThemesResource(path.join(DATA, 'themes.json'));
const resources = { entities, themes } as unknown as Resources;

export interface TurnSpec {
  speaker: string;
  text: string;
}

export function interviewOf(turns: Array<TurnSpec | string>, speakers: Speaker[] = [], id = 'test'): Interview {
  const built: Turn[] = turns.map((t, index) => {
    const spec = typeof t === 'string' ? { speaker: 'Interviewee', text: t } : t;
    return {
      interviewId: id,
      index,
      speaker: spec.speaker,
      label: spec.speaker,
      role: 'interviewee',
      affiliation: null,
      answersTurn: null,
      source: { file: 'test.txt', line: index + 1 },
      lineMap: [[0, index + 1]],
      text: spec.text,
      nWords: spec.text.split(/\s+/).length,
    };
  });
  return {
    id,
    title: 'Test',
    date: null,
    place: null,
    outlets: [],
    kind: 'interview',
    sourceFile: 'test.txt',
    interviewee: null,
    speakers,
    turns: built,
  };
}

export function sentencesOf(interview: Interview): Sentence[] {
  const out: Sentence[] = [];
  for (const t of interview.turns) turnSentences(interview.id, t, out);
  return out;
}

/** entities → themes → terms, as the registry would run them. */
export function annotate(interview: Interview): { sentences: Sentence[]; a: Pick<Annotations, 'mentions' | 'themes' | 'terms'> } {
  const sentences = sentencesOf(interview);
  const input: AnalyzerInput = { interview, sentences, resources, options: { targets: [] }, annotations: {} };
  const mentions = entitiesAnalyzer.run(input).mentions;
  const withMentions = { ...input, annotations: { mentions } };
  return {
    sentences,
    a: { mentions, themes: themesAnalyzer.run(withMentions).themes, terms: termsAnalyzer.run(withMentions).terms },
  };
}

/** "surface→entity/type" for every mention of a one-turn text. */
export function mentionsOf(text: string, speakers: Speaker[] = []): string[] {
  const { a } = annotate(interviewOf([text], speakers));
  return a.mentions.flat().map((m) => `${m.surface}→${m.entity}/${m.type}`);
}

export function analyzed(interview: Interview): AnalyzedInterview {
  const { sentences, a } = annotate(interview);
  return {
    interview,
    stance: [],
    terms: a.terms,
    sentences: sentences.map(({ tokens, ...s }, i) => ({
      ...s,
      nWords: tokens.filter((t) => t.type === 'word' || t.type === 'number').length,
      sentiment: { score: 0, label: 'neutral' },
      mentions: a.mentions[i],
      themes: a.themes[i],
    })),
  };
}

export const speaker = (name: string, aliases: string[] = [name]): Speaker => ({ name, role: 'interviewee', affiliation: null, aliases });
