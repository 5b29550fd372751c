/** "Mr. Smith", "Prime Minister Abe", "Ms. Meng": a title followed by capitalised words is a person. */
import type { Token } from '../../pipeline/types.js';
import type { Gazetteer } from './gazetteer.js';
import { cover, type Coverage, type Draft } from './draft.js';
import { isTitleCase } from './shape.js';

const MAX_NAME_WORDS = 3;

export function findTitledNames(tokens: readonly Token[], g: Gazetteer, covered: Coverage, out: Draft[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !g.titles.has(tokens[i].text)) continue;
    let j = i + 1;
    while (j < tokens.length && !covered[j] && g.titles.has(tokens[j].text)) j++;
    if (j < tokens.length && covered[j]) {
      // "President Trump": the name is already known; the title just must not look like a name itself.
      cover(covered, i, j);
      continue;
    }
    let k = j;
    while (k < tokens.length && k - j < MAX_NAME_WORDS && !covered[k] && isNamePart(tokens[k], g)) k++;
    if (k === j) {
      // No name after this run of titles, so none after any later title of the run either (they all
      // reach the same token j): skip past it rather than rescan the run from each title ("Mr. Mr. …").
      i = j - 1;
      continue;
    }
    cover(covered, i, k);
    out.push({ first: j, end: k, type: 'person', entity: null, name: tokens.slice(j, k).map((t) => t.text).join(' ') });
    i = k - 1;
  }
}

function isNamePart(t: Token, g: Gazetteer): boolean {
  return (
    t.type === 'word' &&
    isTitleCase(t.text) &&
    !g.notNames.has(t.text) &&
    !g.titles.has(t.text) &&
    !g.organizationHeads.has(t.text) &&
    !g.companyHeads.has(t.text)
  );
}
