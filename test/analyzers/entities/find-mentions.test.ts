/**
 * The entity finder's first sweep over a long interview's pieces names the sentences its second
 * sweep needs (analyzers/entities/find-mentions.ts, namesForSecondSweep): those where compromise may
 * find a full name, a run of two or more capitalised words that the gazetteer, the interview's own
 * names and titles leave. The second sweep then reads those alone (analyzers/registry.ts, Swept).
 */
import { describe, expect, it } from 'vitest';
import { nameSweeps, type NameFacts } from '../../../analyzers/entities/find-mentions.js';
import type { Resources } from '../../../analyzers/resources.js';
import { entities, interviewOf, sentencesOf, speaker } from './fixture.js';

const resources = { entities } as unknown as Resources;
const options = { targets: [] };

/** Whether the first sweep names each sentence (one per turn) for the second. */
function named(texts: string[]): boolean[] {
  const interview = interviewOf(texts, [speaker('Ann Lee')]);
  const sentences = sentencesOf(interview);
  expect(sentences).toHaveLength(texts.length);
  const facts: NameFacts = nameSweeps.start({ interview, sentences: [], resources, options });
  const indexes = nameSweeps.add(facts, 0, { interview, sentences, resources, options });
  expect(indexes).toBeDefined();
  return sentences.map((_, i) => (indexes as number[]).includes(i));
}

describe('the sentences named for the second sweep', () => {
  const cases: Array<[string, boolean]> = [
    ['The factory is run by Anna Kowalczyk.', true],
    ['We met Carlos Slim last year.', true],
    ['She studied at Kaiserslautern Technical College.', true],
    ['They said Vanderbilt and Sons would help.', true],
    // False positives: no run of two capitalised words is left; one word, a sentence's first word,
    // or words the gazetteer, a title or the interview's speakers explain.
    ['We trust our customers in Europe.', false],
    ['Yes, we do.', false],
    ['Huawei will survive this.', false],
    ['The United States banned us.', false],
    ['Mr. Smith agreed with us.', false],
    ['Ann Lee asked the question.', false],
    ['Bank of China lends to us.', false],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(named([text])).toEqual([expected]);
  });

  it('names each sentence of a piece on its own', () => {
    expect(named(['Yes, we do.', 'We met Carlos Slim last year.', 'The United States banned us.', 'It is run by Anna Kowalczyk.'])).toEqual([false, true, false, true]);
  });

  it('names nothing in the second sweep, the last', () => {
    const interview = interviewOf(['We met Carlos Slim last year.']);
    const sentences = sentencesOf(interview);
    const facts = nameSweeps.start({ interview, sentences: [], resources, options });
    nameSweeps.add(facts, 0, { interview, sentences, resources, options });
    nameSweeps.end(facts, 0);
    expect(nameSweeps.add(facts, 1, { interview, sentences, resources, options })).toBeUndefined();
  });
});
