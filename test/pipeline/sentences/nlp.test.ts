import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { forgetLearnedWords, markLearnedWords, nlp, nlpLoaded, unlearnWordsSince, winkHolder } from '../../../pipeline/sentences/nlp.js';
import { toSentences, turnSentences } from '../../../pipeline/sentences/index.js';
import { makeInterview } from './make-interview.js';

const require = createRequire(import.meta.url);
const modelRead = () => require.cache[require.resolve('wink-eng-lite-web-model')] !== undefined;

describe('the wink model', () => {
  it('is not read by loading the pipeline, only by the first text tokenized', async () => {
    const { prepare, tokenizeDocument } = await import('../../../pipeline/index.js');
    const ctx = prepare({});
    expect(nlpLoaded()).toBe(false);
    expect(modelRead()).toBe(false);
    const doc = tokenizeDocument({ file: 'x.txt', encoding: 'UTF-8', sha256: '0', text: 'ANN LEE: Is it safe?\n\nSAM ROE: Yes. It is safe.\n' }, ctx);
    expect(doc.interviews.flatMap((i) => i.sentences).length).toBeGreaterThan(1);
    expect(nlpLoaded()).toBe(true);
    expect(modelRead()).toBe(true);
  });
});

describe('what wink learned from earlier texts', () => {
  // [what is read first, the interview]: wink learns the first text's out-of-vocabulary words, and
  // its tokenizer keeps a learned word whole where it would otherwise split it.
  const cases: Array<[teacher: string, said: string]> = [
    ["They boost Chile's.", "This will really boost Chile's economy."],
    ["I said US's.", "I don't believe the US's sanctions will affect Mexico."],
    ["Zorblax's.", "Zorblax's plan and Zorblax's team."],
  ];
  const tokensOf = (sentences: ReturnType<typeof toSentences>) => sentences.map((s) => s.tokens.map((t) => [t.text, t.type, t.lemma]));

  it.each(cases)('does not change the tokens of a later text once forgotten (%s)', (teacher, said) => {
    const interview = makeInterview([{ speaker: 'Ann Lee', text: said }]);
    forgetLearnedWords();
    const fresh = tokensOf(toSentences(interview));
    const before = nlp().readDoc(said).tokens().length();
    turnSentences('teacher', makeInterview([{ speaker: 'Sam Roe', text: teacher }]).turns[0]);
    // The hazard is real: read directly, the same text now gives other tokens …
    expect(nlp().readDoc(said).tokens().length()).not.toBe(before);
    // … but not once forgotten.
    forgetLearnedWords();
    expect(tokensOf(toSentences(interview))).toEqual(fresh);
  });

  it.each(cases)('unlearns what was learned since a mark, and only that (%s)', (teacher, said) => {
    const interview = makeInterview([{ speaker: 'Ann Lee', text: said }]);
    const teach = () => turnSentences('teacher', makeInterview([{ speaker: 'Sam Roe', text: teacher }]).turns[0]);
    forgetLearnedWords();
    const fresh = tokensOf(toSentences(interview));
    let mark = markLearnedWords();
    teach();
    const taught = tokensOf(toSentences(interview));
    expect(taught).not.toEqual(fresh);
    unlearnWordsSince(mark);
    expect(tokensOf(toSentences(interview))).toEqual(fresh);
    // Learned before the mark: still in view after it.
    teach();
    mark = markLearnedWords();
    toSentences(makeInterview([{ speaker: 'Sam Roe', text: 'Something else entirely.' }]));
    unlearnWordsSince(mark);
    expect(tokensOf(toSentences(interview))).toEqual(taught);
    forgetLearnedWords();
  });

  it('past the limit of learned ids, the instance is replaced and reads the same', () => {
    const interview = makeInterview([{ speaker: 'Ann Lee', text: cases[0][1] }]);
    const first = nlp();
    forgetLearnedWords();
    const fresh = tokensOf(toSentences(interview));
    turnSentences('teacher', makeInterview([{ speaker: 'Sam Roe', text: cases[0][0] }]).turns[0]);
    forgetLearnedWords(0);
    expect(nlp()).not.toBe(first);
    expect(tokensOf(toSentences(interview))).toEqual(fresh);
  });

  it('keeps learned words of letters only or digits only, and forgets the rest', () => {
    const holder = winkHolder([]);
    const w = holder.get();
    const tokens = w.readDoc("In 20191231, Zorblaxian plan of Zorblax's.").tokens();
    const value = tokens.out(w.its.value) as string[];
    const ids = tokens.out(w.its.uniqueId) as number[];
    // Learned since the last forget, and forgotten by the next.
    const forgettable = Object.fromEntries(value.map((v, i) => [v, ids[i] >= holder.learnedFrom() && holder.forgettableWord(holder.lexeme(ids[i])!)]));
    expect(forgettable).toMatchObject({ Zorblaxian: false, plan: false, '20191231': false });
    expect(Object.entries(forgettable).filter(([, f]) => f).map(([v]) => v).length).toBeGreaterThan(0);
    holder.forget();
    expect(ids.every((id) => id < holder.learnedFrom())).toBe(true);
    // Past the limit the instance is dropped: until a new one is made, no id is ruled out by learnedFrom.
    expect(holder.learnedFrom()).toBeGreaterThan(0);
    holder.forget(0);
    expect(holder.learnedFrom()).toBe(0);
    holder.get();
    expect(holder.learnedFrom()).toBeGreaterThan(0);
  });

  // Words of letters or digits read before, kept by forget, must leave every later token as a fresh instance reads it.
  const lettersTaught = ['Zorblaxian Quixotry ZORBLAX zorblax', 'Blorptastic Huaweiish 20191231 7777777'];
  const lettersSaid = [
    '(Zorblaxian) said "Quixotry." and ZORBLAX\'s zorblax-ish plan.',
    "Blorptastic's Huaweiish, blorptastic! [Huaweiish]",
    'In 20191231, (7777777) units; 20191231s and 7777777th-best? 20191231.5',
  ];
  it.each(lettersSaid)('reads %s after kept words as a fresh instance does', (said) => {
    const out = (h: ReturnType<typeof winkHolder>) => {
      const d = h.get().readDoc(said).tokens();
      return [d.out(h.get().its.value), d.out(h.get().its.type), d.out(h.get().its.normal)];
    };
    const fresh = out(winkHolder([]));
    const taught = winkHolder([]);
    for (const t of lettersTaught) taught.get().readDoc(t);
    taught.forget();
    expect(out(taught)).toEqual(fresh);
  });
});
