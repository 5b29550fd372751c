/**
 * Texts that exercise every sentiment rule (negation, "not only", boosters and booster phrases, "at
 * least", "but", ALL-CAPS, "!" and "?", unreal clauses, "too", contractions, emoticons) and the text
 * reader's edge cases (empty and blank texts, line breaks and tabs, a space wink does not split on).
 * Shared by tests that compare two ways of scoring the same texts.
 */
export const RULE_TEXTS: readonly string[] = [
  'This is not good.',
  'It is kind of bad, but not only cheap but also fast.',
  'At least it works. The least useful part is TERRIBLE!!',
  'The phone is too expensive. Would it be great if they succeed?',
  "We don't like it, and we didn't hate it either.",
  'Huawei is a great company, they said.',
  '',
  '   ',
  '\t',
  'Great phone, but the battery is awful!\nReally.',
  'NOT GOOD!!!',
  "I can't stand it, and I wouldn't say it's bad.",
  'Is it safe??',
  ':) :D',
  '\u3000',
];
