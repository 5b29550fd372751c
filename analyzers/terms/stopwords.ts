/**
 * Words left out of term counts: natural's English stopwords, plus the light verbs and discourse
 * fillers of spoken answers ("think", "thing", "lot"), which would otherwise top every interview.
 */
import { createRequire } from 'node:module';

// natural's package root imports dotenv (which prints to stdout); the word list alone does not.
const natural = createRequire(import.meta.url)('natural/lib/natural/util/stopwords.js') as { words: string[] };

const SPOKEN = [
  'be', 'have', 'do', 'say', 'think', 'know', 'go', 'get', 'make', 'take', 'see', 'come', 'want', 'let', 'need',
  'give', 'use', 'mean', 'tell', 'believe', 'try', 'look', 'put', 'keep', 'become', 'seem', 'feel', 'ask', 'talk',
  'thing', 'things', 'lot', 'kind', 'sort', 'okay', 'ok', 'yes', 'yeah', 'no', 'not', 'just', 'really', 'actually',
  'maybe', 'also', 'even', 'will', 'shall', 'may', 'can', 'could', 'would', 'should', 'must', 'one', 'first',
  'thank', 'thanks', 'question', 'answer', 'mr.', 'ms.', 'mrs.', 'dr.', 'mr', 'ms', 'mrs', 'dr', "'s", 'etc',
];

export const STOPWORDS: ReadonlySet<string> = new Set([...natural.words, ...SPOKEN]);
