import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSentiment, vaderEvalDir } from '../../../analyzers/sentiment/eval.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const shared = process.env.TURNLENS_SHARED ?? path.join(ROOT, '..', 'shared');
const present = fs.existsSync(vaderEvalDir(shared));
if (!present) console.warn(`sentiment eval skipped: ${vaderEvalDir(shared)} not found (set TURNLENS_SHARED)`);

describe.skipIf(!present)('sentiment eval on the NYT editorials (held out: nothing fitted on it)', () => {
  it('beats r = 0.55 and VADER in the same run', async () => {
    const rep = await evalSentiment({ shared, only: ['nyt'], dataDir: path.join(ROOT, 'data') });
    expect(rep.nyt).not.toBeNull();
    const { turnlens, vader } = rep.nyt!;
    expect(vader).toBeCloseTo(0.492, 2);
    expect(turnlens).toBeGreaterThanOrEqual(0.55);
    expect(turnlens).toBeGreaterThan(vader);
  }, 120_000);
});
