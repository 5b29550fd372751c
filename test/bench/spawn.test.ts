import { describe, expect, it } from 'vitest';
import { parseStages } from '../../bench/spawn.js';
import { startupOf } from '../../bench/e2e.js';
import { timingLine } from '../../pipeline/timings.js';

describe('stage timing lines', () => {
  it('round-trip from the pipeline’s printer to the bench’s parser, ignoring other stderr', () => {
    const stderr = [
      'turnlens: warning: something',
      timingLine('prepare', 12.34, 250),
      timingLine('documents/clean', 3, 300).trimEnd(),
      timingLine('write outputs', 40, 900),
      'turnlens: wrote 20 files to out/',
    ].join('\n');
    expect(parseStages(stderr)).toEqual([
      { stage: 'prepare', ms: 12.3, at: 250 },
      { stage: 'documents/clean', ms: 3, at: 300 },
      { stage: 'write outputs', ms: 40, at: 900 },
    ]);
  });

  it('takes start-up as the time before the first stage began', () => {
    expect(startupOf(parseStages(timingLine('prepare', 20, 270)))).toBe(250);
    expect(startupOf([])).toBe(0);
  });
});
