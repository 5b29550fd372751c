/**
 * How a failure reaches the user: one line on stderr starting with "turnlens:", the exit code the
 * error carries, and the stack trace only with --debug.
 */
import { CommanderError } from 'commander';
import { EXIT, TurnlensError, msg, type ExitCode } from '../messages.js';

export interface Failure {
  line: string;
  code: ExitCode;
}

/** Messages are built to be one line; a library error's message may not be, so fold it. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function describeFailure(e: unknown): Failure {
  if (e instanceof TurnlensError) return { line: oneLine(e.message), code: e.exitCode };
  if (e instanceof CommanderError) {
    const what = oneLine(e.message.replace(/^error:\s*/, ''));
    return { line: msg.usage(what), code: EXIT.usage };
  }
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { line: oneLine(msg.internal(why)), code: EXIT.internal };
}

export function reportFailure(e: unknown, debug: boolean, stderr: NodeJS.WritableStream = process.stderr): ExitCode {
  const failure = describeFailure(e);
  stderr.write(failure.line + '\n');
  if (debug && e instanceof Error && e.stack) stderr.write(e.stack + '\n');
  return failure.code;
}
