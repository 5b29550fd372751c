/** Messages between buildReport and the report thread (plain data: they cross threads by structured clone). */
import type { AnalysisResult } from '../../pipeline/index.js';
import type { ReportOptions } from '../options.js';

/** What the report reads from an analysis: the tables, not the per-document results. */
export type ReportInput = Pick<AnalysisResult, 'tables' | 'warnings' | 'targets'>;

export interface BuildRequest {
  input: ReportInput;
  options: ReportOptions;
}

export type BuildReply =
  | { ok: true; files: Array<[string, string | Uint8Array]> }
  | { ok: false; name: string; message: string; exitCode: number; stack?: string };
