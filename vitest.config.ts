import { defineConfig } from 'vitest/config';

// The linear-time test compares timings (time(2n) / time(n)); next to the 50 MB and million-line
// scale tests on a two-core machine those ratios measure the neighbour, so it runs alone, last.
const TIMING = ['test/reliability/linear-time.test.ts'];

export default defineConfig({
  test: {
    // Two cores: keep workers to two so browser and CLI tests do not starve each other.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
    projects: [
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: TIMING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: TIMING, sequence: { groupOrder: 1 } } },
    ],
  },
});
