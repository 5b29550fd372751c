import { describe, expect, it } from 'vitest';
import { taughtWithin, unitsOf, type UnitSlot } from '../../../analyzers/sentiment/units.js';
import { bare } from '../../../analyzers/sentiment/readings.js';

/** wink's tokens of `texts` read one after another, each a document, first thing after a forget. */
function tokensInTurn(texts: readonly string[]): string[] {
  bare.forget();
  const w = bare.get();
  return texts.flatMap((t) => w.readDoc(t).tokens().out(w.its.value) as string[]);
}

describe('unitsOf: the pieces of a text wink reads one by one', () => {
  it.each([
    ['', []],
    ['one', ['one']],
    ['  two  words ', ['two', 'words']],
    ['non\u00a0breaking\u2009thin\u202fnarrow', ['non', 'breaking', 'thin', 'narrow']],
    // Spaces wink does not split on stay inside a unit.
    ['ideographic\u3000space\u2028line', ['ideographic\u3000space\u2028line']],
    ["Chile's. U.S.-China :) settings..it's", ["Chile's.", 'U.S.-China', ':)', "settings..it's"]],
    ["They met Zorblax's. Very Zorblax's good idea, didn't they?", ['They', 'met', "Zorblax's.", 'Very', "Zorblax's", 'good', 'idea,', "didn't", 'they?']],
  ])('%j', (text, units) => {
    expect(unitsOf(text, bare.splitter())).toEqual(units);
    // What the units are for: wink reads the text as it reads its units one by one.
    expect(tokensInTurn(units)).toEqual(tokensInTurn([text]));
  });
});

const slot = (unit: string, teaches: string[] = []): UnitSlot => ({ unit, read: { readings: [], cue: false, teaches } });

describe('taughtWithin: a later unit of a text holds a word an earlier one teaches', () => {
  it.each([
    ['nothing taught', [slot('a'), slot("Chile's"), slot('b')], false],
    ['taught, held later', [slot("Chile's.", ["Chile's"]), slot("Chile's")], true],
    ['taught, held inside a later unit', [slot("Chile's.", ["Chile's"]), slot("(Chile's)")], true],
    ['taught by the unit itself, met again', [slot('COVID-19', ['COVID-19']), slot('x'), slot('COVID-19', ['COVID-19'])], true],
    ['held only before the teacher', [slot("Chile's"), slot("Chile's.", ["Chile's"])], false],
    ['the case differs: no lookup finds it', [slot("I'm", ["I'm", "i'm"]), slot("I'M")], false],
    ['the empty word, held by every unit', [slot("settings..it's", ['']), slot('fine')], true],
    ['the last unit teaches', [slot('fine'), slot('COVID-19', ['COVID-19'])], false],
  ])('%s', (_, units, taught) => {
    expect(taughtWithin(units)).toBe(taught);
  });
});
