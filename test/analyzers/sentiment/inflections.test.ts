import { describe, expect, it } from 'vitest';
import { baseFormCandidates } from '../../../analyzers/sentiment/inflections.js';

describe('base forms of a word form, without a POS tag', () => {
  const found: Array<[form: string, base: string]> = [
    ['better', 'good'],
    ['worse', 'bad'],
    ['angrier', 'angry'],
    ['geese', 'goose'],
    ['stopped', 'stop'],
    ['loved', 'love'],
    ['hated', 'hate'],
    ['failed', 'fail'],
    ['crashes', 'crash'],
    ['bullies', 'bully'],
    ['restrictions', 'restriction'],
    ['wolves', 'wolf'],
  ];
  it.each(found)('%s → %s', (form, base) => {
    expect(baseFormCandidates(form)).toContain(base);
  });

  // False positives: bases a tagger would rule out, left out by length or by rule.
  const notFound: Array<[form: string, wrong: string]> = [
    ['has', 'ha'], // laughter, in the lexicons
    ['meeting', 'meet'], // "-ing" makes nouns as often as verbs
    ['building', 'build'],
    ['number', 'numb'], // regular comparatives are not guessed
    ['water', 'wat'],
    ['is', 'i'],
  ];
  it.each(notFound)('%s ↛ %s', (form, wrong) => {
    expect(baseFormCandidates(form)).not.toContain(wrong);
  });

  it('never offers the form itself, and reads no prototype key', () => {
    expect(baseFormCandidates('good')).not.toContain('good');
    expect(baseFormCandidates('constructor')).toEqual([]);
    expect(baseFormCandidates('__proto__')).toEqual([]);
  });
});
