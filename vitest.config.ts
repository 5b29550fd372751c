import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The linear-time test compares timings (time(2n) / time(n)); next to the 50 MB and million-line
// scale tests on a two-core machine those ratios measure the neighbour, so it runs alone, last.
const TIMING = ['test/reliability/linear-time.test.ts'];

// The scale tests take 5–8 minutes, most of a run. vitest starts the longest files first once it has
// timed them, but a fresh checkout (CI) has no timings and starts the largest files first, which put
// them about 40th: three minutes of other files ran before them instead of beside them.
const LONGEST = ['test/reliability/scale.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => (LONGEST.some((p) => f.moduleId.endsWith(p)) ? 0 : 1);
    // Stable: vitest's own order (groups, then its timings or sizes) holds otherwise.
    return (await super.sort(files)).sort(
      (a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b),
    );
  }
}

export default defineConfig({
  test: {
    // Two cores: keep workers to two so browser and CLI tests do not starve each other.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: TIMING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: TIMING, sequence: { groupOrder: 1 } } },
    ],
  },
});
