import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_PRODUCERS, TEST_DIR, fixtureFiles } from '../../update-golden.js';

// Golden files: regenerate with `npm run golden:update` and review the diff.
const producer = GOLDEN_PRODUCERS.find((p) => p.golden === 'golden/transcripts')!;

describe('transcript goldens', () => {
  const files = fixtureFiles(producer);
  it('has fixtures for every label convention', () => {
    expect(files).toEqual(
      expect.arrayContaining(['inline-labels.txt', 'wrapped-labels.txt', 'label-alone.txt', 'numbered-pages.txt', 'compilation.txt', 'article.txt', 'no-labels.txt']),
    );
  });
  for (const f of files) {
    it(f, async () => {
      const golden = fs.readFileSync(path.join(TEST_DIR, producer.golden, producer.goldenName(f)), 'utf8');
      expect(await producer.produce(path.join(TEST_DIR, producer.fixtures, f))).toBe(golden);
    });
  }
});
