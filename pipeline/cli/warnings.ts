/**
 * Warnings on stderr, the first few of them: a large corpus can give hundreds (at 100 copies of the
 * sample, 294, most of them renamed interview ids), which would bury the rest of the output. The
 * lines left out are counted, and the count says where every warning is: the report's methods panel.
 */
import { msg } from '../messages.js';

/** Warning lines printed before the rest are only counted. */
export const SHOWN_WARNINGS = 20;

export interface WarningPrinter {
  line(warning: string): void;
  /** Says how many were left out, if any, and where they are (`report`: null when none was written). */
  finish(report: string | null): void;
}

export function warningPrinter(write: (line: string) => void, shown = SHOWN_WARNINGS): WarningPrinter {
  let seen = 0;
  let finished = false;
  return {
    line(warning) {
      if (seen++ < shown) write(warning);
    },
    finish(report) {
      if (finished) return;
      finished = true;
      if (seen > shown) write(msg.moreWarnings(seen - shown, report));
    },
  };
}
