/** Messages between buildReport and the report thread (plain data: they cross threads by structured clone). */
import type { AnalysisResult } from '../../pipeline/index.js';
import type { ReportOptions } from '../options.js';

/** What the report reads from an analysis: the tables, not the per-document results. */
export type ReportInput = Pick<AnalysisResult, 'tables' | 'warnings' | 'targets' | 'aggregate'>;

export interface BuildRequest {
  input: ReportInput;
  options: ReportOptions;
}

/**
 * The thread's answers to one request: any number of `file` messages, one per output file as soon as
 * it is made (never the whole report in one message), then `done` or `failed`.
 */
export type BuildReply =
  | { kind: 'file'; rel: string; content: string | Uint8Array }
  | { kind: 'done' }
  | { kind: 'failed'; name: string; message: string; exitCode: number; stack?: string };
