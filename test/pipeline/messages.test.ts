/** pipeline/messages.ts: a TurnlensError is recognised whichever copy of the module made it. */
import { describe, expect, it } from 'vitest';
import { EXIT, TurnlensError } from '../../pipeline/messages.js';

describe('TurnlensError', () => {
  it('is recognised across copies of its module (the CLI bundle and the report modules each have one)', async () => {
    // A query string makes the module loader evaluate the file again: a second, distinct class.
    const secondCopy = '../../pipeline/messages.js?second-copy';
    const copy = (await import(secondCopy)) as typeof import('../../pipeline/messages.js');
    expect(copy.TurnlensError).not.toBe(TurnlensError);
    const fromCopy = new copy.TurnlensError('turnlens: from the other copy', EXIT.usage);
    expect(fromCopy instanceof TurnlensError).toBe(true);
    expect(new TurnlensError('turnlens: here') instanceof copy.TurnlensError).toBe(true);
  });

  it.each([
    ['a plain Error', new Error('turnlens: lookalike')],
    ['an object with the same name and exit code', { name: 'TurnlensError', message: 'turnlens: x', exitCode: 2 }],
    ['null', null],
    ['a string', 'turnlens: x'],
  ])('is not %s', (_, value) => {
    expect(value instanceof TurnlensError).toBe(false);
  });

  it('prefixes its message once and keeps its exit code', () => {
    const e = new TurnlensError('bad input', EXIT.input);
    expect(e.message).toBe('turnlens: bad input');
    expect(new TurnlensError('turnlens: already').message).toBe('turnlens: already');
    expect(e.exitCode).toBe(EXIT.input);
    expect(e).toBeInstanceOf(Error);
  });
});
