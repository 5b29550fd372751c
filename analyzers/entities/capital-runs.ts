/**
 * Capitalised spans nothing has explained yet. A span holding an organisation head word ("Technical
 * University of Kaiserslautern") becomes an organisation at once; the rest are what the (slow)
 * compromise finders get to look at. A lone capitalised first word of a sentence is not a span.
 */
import type { Token } from '../../pipeline/types.js';
import type { Gazetteer } from './gazetteer.js';
import { cover, type Coverage, type Draft } from './draft.js';
import { isSentenceStart, isTitleCase } from './shape.js';

/** Lower-case words that may sit inside a name ("Bank of China", "Lee Kuan Yew School of Public Policy"). */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'der', 'the']);

export interface Run {
  first: number;
  end: number;
}

function isCapital(t: Token, g: Gazetteer): boolean {
  return t.type === 'word' && isTitleCase(t.text) && !g.notNames.has(t.text) && !g.titles.has(t.text);
}

export function capitalRuns(tokens: readonly Token[], g: Gazetteer, covered: Coverage): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !isCapital(tokens[i], g)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (let k = end; k < tokens.length && !covered[k]; k++) {
      if (isCapital(tokens[k], g)) end = k + 1;
      else if (!CONNECTORS.has(tokens[k].text) || tokens[k].start > tokens[k - 1].end + 1) break;
    }
    if (!(end - i === 1 && isSentenceStart(tokens, i))) runs.push({ first: i, end });
    i = end;
  }
  return runs;
}

/**
 * Runs with a head word are organisations. A country named inside one becomes part of it: "Bank of
 * China", "National University of Singapore", and before a company head "China Development Bank".
 * The remaining runs are returned.
 */
export function headedOrganizations(tokens: readonly Token[], runs: readonly Run[], g: Gazetteer, covered: Coverage, out: Draft[]): Run[] {
  const rest: Run[] = [];
  for (const r of runs) {
    let type: 'company' | 'organization' | null = null;
    for (let k = r.first; k < r.end && type === null; k++) {
      if (g.companyHeads.has(tokens[k].text)) type = 'company';
      else if (g.organizationHeads.has(tokens[k].text)) type = 'organization';
    }
    let first = r.first;
    let end = r.end;
    if (type !== null) {
      const after = tokens[end]?.text === 'of' ? out.findIndex((d) => d.type === 'country' && d.first === end + 1) : -1;
      if (after >= 0) end = out.splice(after, 1)[0].end;
      const before = type === 'company' ? out.findIndex((d) => d.type === 'country' && d.end === first) : -1;
      if (before >= 0) first = out.splice(before, 1)[0].first;
    }
    if (type === null || end - first < 2) {
      rest.push(r);
      continue;
    }
    cover(covered, first, end);
    const name = tokens.slice(first, end).map((t, k, a) => (k > 0 && t.start > a[k - 1].end ? ' ' : '') + t.text).join('');
    out.push({ first, end, type, entity: name, name });
  }
  return rest;
}
