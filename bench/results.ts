/** The shape of bench/results.json. */
import type { ThroughputResult } from './throughput.js';
import type { SentimentSpeed } from './sentiment.js';
import type { EndToEndResult } from './e2e.js';
import type { ScaleResult } from './scale.js';
import type { TargetCheck } from './report.js';

export interface BenchResults {
  command: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  input: {
    files: number;
    bytes: number;
    interviews: number;
    turns: number;
    sentences: number;
    tokens: number;
    words: number;
  };
  throughput: ThroughputResult;
  sentiment: SentimentSpeed;
  /** Pearson r on the NYT editorials, from the sentiment eval; null when it could not run. */
  accuracy: { command: string; nyt: { turnlens: number; vader: number }; detail: unknown } | null;
  endToEnd: EndToEndResult | null;
  scale: ScaleResult | null;
  /** Runs that failed (their figures are null), with the error. */
  errors: string[];
  targets: TargetCheck[];
}
