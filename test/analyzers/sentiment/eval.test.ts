import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSentiment } from '../../../analyzers/sentiment/eval.js';
import { SHARED, sharedPath } from '../../helpers/shared.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const { skip } = sharedPath('eval', 'vader');

describe.skipIf(skip)('sentiment eval on the NYT editorials (held out: nothing fitted on it)', () => {
  it('beats r = 0.55 and VADER in the same run', async () => {
    const rep = await evalSentiment({ shared: SHARED, only: ['nyt'], dataDir: path.join(ROOT, 'data') });
    expect(rep.nyt).not.toBeNull();
    const { turnlens, vader } = rep.nyt!;
    expect(vader).toBeCloseTo(0.492, 2);
    expect(turnlens).toBeGreaterThanOrEqual(0.55);
    expect(turnlens).toBeGreaterThan(vader);
  }, 120_000);
});
