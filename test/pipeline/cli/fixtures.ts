/** Small transcripts written into temporary folders by the CLI and reliability tests. */
import { tmpDir, write } from '../../helpers/tmp.js';

export const SMALL_TRANSCRIPT = [
  'Interview with Alex Morgan',
  '',
  'Jane Doe, Reporter, The Daily Ledger:',
  'How do you see the United States and its security concerns?',
  '',
  'Alex Morgan:',
  'We respect the United States. Our customers trust our equipment, and we have never installed a backdoor.',
  '',
  'Jane Doe: What about next year?',
  '',
  'Alex Morgan: Next year will be difficult, but we will keep investing in research.',
  '',
].join('\n');

export function tmpProject(prefix = 'turnlens-cli-'): string {
  return tmpDir(prefix);
}

/** Writes `content` at `rel` (slash-separated) under `dir`, creating folders; returns the path. */
export const put = write;
