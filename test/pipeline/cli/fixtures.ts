/** Small transcripts written into temporary folders by the CLI and reliability tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function put(dir: string, rel: string, content: string | Uint8Array): string {
  const p = path.join(dir, ...rel.split('/'));
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}
