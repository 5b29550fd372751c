/** Report options: defaults, and loud failures on names the corpus does not have. */
import { describe, expect, it } from 'vitest';
import { defaultSpeaker, inDateRange, resolveOptions } from '../../reports/options.js';
import { TurnlensError } from '../../pipeline/messages.js';
import { fixtureTables, FIXTURE_TARGETS } from './fixture.js';

const tables = fixtureTables();
const resolve = (o: Parameters<typeof resolveOptions>[2]) => resolveOptions(tables, FIXTURE_TARGETS, o);

function usageError(fn: () => unknown): TurnlensError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TurnlensError);
    expect((e as TurnlensError).exitCode).toBe(1);
    return e as TurnlensError;
  }
  throw new Error('expected a TurnlensError');
}

describe('resolveOptions', () => {
  it('defaults to the interviewee and the analysed targets', () => {
    expect(resolve({})).toEqual({ speaker: 'Ren Zhengfei', targets: FIXTURE_TARGETS, from: null, to: null, compare: null });
    expect(defaultSpeaker(tables)).toBe('Ren Zhengfei');
  });

  it('falls back to the speaker with most words when no interviewee is named', () => {
    const t = { ...tables, interviews: tables.interviews.map((i) => ({ ...i, interviewee: '' })) };
    expect(defaultSpeaker(t)).toBe('Ren Zhengfei');
  });

  it('names an unknown speaker and lists the valid ones', () => {
    const e = usageError(() => resolve({ speaker: 'Ren' }));
    expect(e.message).toMatch(/^turnlens: --speaker: no speaker named "Ren"; speakers: "Ren Zhengfei", /);
    expect(e.message).toContain('"Tammy Tam"');
  });

  it('names an unknown target and lists the valid ones', () => {
    const e = usageError(() => resolve({ targets: ['United States', 'China'] }));
    expect(e.message).toContain('"China"');
    expect(e.message).toContain('"security_trust"');
  });

  it('names an unknown interview id for --compare and lists the valid ones', () => {
    const e = usageError(() => resolve({ compare: ['2019-12-02-globe-and-mail', 'nope'] }));
    expect(e.message).toContain('"nope"');
    expect(e.message).toContain('"2020-03-24-scmp"');
  });

  it.each(['2019-13-01', '19-12-01', '2019/12/01', 'yesterday', '2019-12-32'])('refuses the date %j', (d) => {
    expect(usageError(() => resolve({ from: d })).message).toContain(JSON.stringify(d));
  });

  it('refuses --from after --to', () => {
    usageError(() => resolve({ from: '2020-01', to: '2019-12-31' }));
  });

  it('accepts partial dates as whole months and years', () => {
    expect(inDateRange('2019-12-02', '2019-12', '2019-12')).toBe(true);
    expect(inDateRange('2019-11-30', '2019-12', null)).toBe(false);
    expect(inDateRange('2020-03-24', null, '2020')).toBe(true);
    expect(inDateRange('2020-03-24', null, '2020-03-23')).toBe(false);
    expect(inDateRange('', '2019', null)).toBe(false);
    expect(inDateRange('', null, null)).toBe(true);
  });
});
