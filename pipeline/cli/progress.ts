/**
 * Progress on stderr, only for a person watching: never when stderr is a pipe or file (logs and CI
 * stay clean), and only once the run has lasted long enough for a bar to help.
 */
import cliProgress from 'cli-progress';

const SHOW_AFTER_MS = 700;

export interface Progress {
  update(done: number, total: number, file: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  let stopped = false;
  if (!stream.isTTY) return { update() {}, stop() {} };
  return {
    update(done, total, file) {
      if (stopped) return;
      if (!bar) {
        if (Date.now() - started < SHOW_AFTER_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          { stream, format: 'turnlens {bar} {docs}/{total} documents  {file}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { file, docs: Math.floor(done) });
        return;
      }
      // `done` is fractional within a long document: the bar moves, the count stays whole.
      bar.update(done, { file, docs: Math.floor(done) });
    },
    /** Idempotent; once stopped (e.g. to print a warning) the bar stays off for the run. */
    stop() {
      stopped = true;
      bar?.stop();
      bar = undefined;
    },
  };
}
