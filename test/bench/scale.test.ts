import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinCopies } from '../../bench/scale.js';
import { useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir('turnlens-bench-join-');

describe('joinCopies', () => {
  it('joins every copy of the longest file of a copy, in order, a blank line after each', () => {
    const dir = tmp();
    // Two files per copy; the second is the longer.
    const files = [0, 1, 2].flatMap((c) => [`c${c}-short`, `c${c}-long`]).map((name, i) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, i % 2 === 0 ? 's' : `long ${name}`);
      return f;
    });
    const joined = joinCopies(files, 2, 3, dir);
    expect(fs.readFileSync(joined, 'utf8')).toBe('long c0-long\n\nlong c1-long\n\nlong c2-long\n\n');
    // Fewer copies than written: only those.
    expect(fs.readFileSync(joinCopies(files, 2, 2, dir), 'utf8')).toBe('long c0-long\n\nlong c1-long\n\n');
  });
});
