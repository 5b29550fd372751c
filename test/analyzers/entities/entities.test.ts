import { describe, expect, it } from 'vitest';
import { annotate, interviewOf, mentionsOf, speaker } from './fixture.js';

const ren = speaker('Ren Zhengfei', ['Ren']);

/** Each text must yield these mentions (others may appear too). */
const FOUND: Array<[string, string[]]> = [
  ['The US government banned Huawei.', ['US→United States/country', 'Huawei→Huawei/company']],
  ['U.S. firms and American companies sell there.', ['U.S.→United States/country', 'American→United States/country']],
  ['We have not seen the USA change.', ['USA→United States/country']],
  ['America is a great country.', ['America→United States/country']],
  ['Washington imposed new sanctions.', ['Washington→United States/country']],
  ['Us government officials visited.', ['Us→United States/country']],
  ['The UK, Britain and the EU differ.', ['UK→United Kingdom/country', 'Britain→United Kingdom/country', 'EU→European Union/country']],
  ['Hong Kong is a vibrant city.', ['Hong Kong→Hong Kong/country']],
  ['Turkey is a member of NATO.', ['Turkey→Turkey/country', 'NATO→NATO/organization']],
  ['China Mobile is our largest customer.', ['China Mobile→China Mobile/company']],
  ['We compete with Apple in phones.', ['Apple→Apple/company']],
  ['Apple sells the iPhone everywhere.', ['Apple→Apple/company']],
  ['Apple and Google are strong.', ['Apple→Apple/company', 'Google→Google/company']],
  ["Our prices are higher than Ericsson's.", ['Ericsson→Ericsson/company']],
  ['President Trump signed it.', ['Trump→Donald Trump/person']],
  ['Ms. Meng is still in Vancouver.', ['Meng→Meng Wanzhou/person']],
  ['Meng Wanzhou is my daughter.', ['Meng Wanzhou→Meng Wanzhou/person']],
  ['George Washington was the first president.', ['George Washington→George Washington/person']],
  ['He taught at the Technical University of Kaiserslautern.', ['Technical University of Kaiserslautern→Technical University of Kaiserslautern/organization']],
  ['The Bank of China lends money.', ['Bank of China→Bank of China/company']],
  ['Prime Minister Abe visited.', ['Abe→Shinzo Abe/person']],
];

/** Each text must not yield a mention matching these (entity id or surface). */
const NOT_FOUND: Array<[string, string[]]> = [
  ['Let us talk about it.', ['United States']],
  ['Us? We are fine.', ['United States']],
  ['LET US KNOW WHAT YOU THINK ABOUT IT.', ['United States']],
  ['They paid 5 billion US dollars for it.', ['United States']],
  ['It cost US$5 billion.', ['United States']],
  ['Latin America is a big market.', ['United States']],
  ['South America and North America differ.', ['United States']],
  ['George Washington was the first president.', ['United States']],
  ['Hong Kong is a vibrant city.', ['person']],
  ['An apple a day keeps the doctor away.', ['Apple']],
  ['Apples are sweet.', ['Apple']],
  ['Apple pie is tasty.', ['Apple']],
  ['We eat turkey at Christmas.', ['Turkey']],
  ['China Mobile is our largest customer.', ['China']],
  ['Western countries are starting to feel the impact.', ['person']],
  ['The Entity List was a political decision.', ['person', 'organization']],
  ['Good afternoon, friends.', ['person', 'organization', 'company', 'country']],
];

describe('entities: found', () => {
  it.each(FOUND)('%s', (text, expected) => {
    const got = mentionsOf(text);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('entities: false positives', () => {
  it.each(NOT_FOUND)('%s', (text, forbidden) => {
    const got = mentionsOf(text);
    for (const f of forbidden) expect(got.filter((m) => m.includes(`→${f}/`) || m.endsWith(`/${f}`))).toEqual([]);
  });
});

describe('entities: people in an interview', () => {
  it('"Mr. Ren" and "Ren" are the speaker Ren Zhengfei, without the title', () => {
    const got = mentionsOf('Mr. Ren, you said Ren would never sell.', [ren]);
    expect(got).toEqual(['Ren→Ren Zhengfei/person', 'Ren→Ren Zhengfei/person']);
  });

  it('a lone surname merges into the full name seen in the same interview', () => {
    const { a } = annotate(interviewOf(['Goodall said little.', 'Dr. Jane Goodall spoke first.']));
    expect(a.mentions.flat().map((m) => m.entity)).toEqual(['Jane Goodall', 'Jane Goodall']);
  });

  it('a speaker label that is a role is not a person', () => {
    const got = mentionsOf('The Audience asked twice.', [speaker('Audience')]);
    expect(got.filter((m) => m.endsWith('/person'))).toEqual([]);
  });

  it('offsets are in the sentence text and give back the surface', () => {
    const { sentences, a } = annotate(interviewOf(['First sentence here. Then Huawei and the U.S. met in Hong Kong.']));
    expect(sentences).toHaveLength(2);
    a.mentions.forEach((ms, i) => {
      for (const m of ms) expect(sentences[i].text.slice(m.start, m.end)).toBe(m.surface);
    });
    expect(a.mentions[1].map((m) => m.surface)).toEqual(['Huawei', 'U.S.', 'Hong Kong']);
  });
});
