import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseDateBound, parseList, splitCompare } from '../../../pipeline/cli/options.js';
import { describeFailure, oneLine } from '../../../pipeline/cli/errors.js';
import { TurnlensError } from '../../../pipeline/messages.js';

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof TurnlensError && e.exitCode === 1) return e.message;
    throw e;
  }
  throw new Error('expected a usage error');
}

describe('parseDateBound', () => {
  const ok: Array<['--from' | '--to', string, string]> = [
    ['--from', '2019-11-26', '2019-11-26'],
    ['--from', '2019-11', '2019-11-01'],
    ['--to', '2019-11', '2019-11-30'],
    ['--to', '2020-02', '2020-02-29'],
    ['--from', '2020', '2020-01-01'],
    ['--to', '2020', '2020-12-31'],
  ];
  it.each(ok)('%s %s → %s', (opt, v, expected) => expect(parseDateBound(opt, v)).toBe(expected));
  it.each(['2019-13', '2019-02-30', '19-11-26', 'yesterday', '', '2019/11/26', '2019-1-5'])('rejects %j', (v) => {
    expect(usageError(() => parseDateBound('--from', v))).toContain(`--from ${JSON.stringify(v)}: expected a date`);
  });
});

describe('splitCompare', () => {
  it('takes two ids and gives extra values back to the inputs', () => {
    expect(splitCompare(['a', 'b', 'data'], ['x.txt'])).toEqual({ compare: ['a', 'b'], paths: ['data', 'x.txt'] });
    expect(splitCompare(undefined, ['x'])).toEqual({ paths: ['x'] });
  });
  it('one id is a usage error', () => expect(usageError(() => splitCompare(['a'], []))).toContain('--compare needs two'));
});

describe('parseList', () => {
  it('splits on commas and trims', () => expect(parseList(' United States, security_trust ,,')).toEqual(['United States', 'security_trust']));
});

describe('describeFailure', () => {
  it('input errors keep their code, messages fold to one line', () => {
    expect(describeFailure(new TurnlensError('turnlens: "a": bad\nthing'))).toEqual({ line: 'turnlens: "a": bad thing', code: 2 });
  });
  it('commander errors are usage errors', () => {
    const f = describeFailure(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"));
    expect(f).toEqual({ line: "turnlens: unknown option '--x' (see turnlens --help)", code: 1 });
  });
  it('anything else is an internal error with exit code 3, one line', () => {
    const f = describeFailure(new RangeError('boom\n  at x'));
    expect(f.code).toBe(3);
    expect(f.line).toBe('turnlens: internal error: RangeError: boom at x (run with --debug for details)');
  });
  it('oneLine', () => expect(oneLine('a\r\n  b\n\nc ')).toBe('a b c'));
});
