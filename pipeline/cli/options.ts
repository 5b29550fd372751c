/**
 * Parsing of option values the CLI accepts as text. Each parser throws a usage error (exit 1)
 * that quotes the bad value.
 */
import { EXIT, TurnlensError, msg } from '../messages.js';

/** "United States, security_trust" → ["United States", "security_trust"]; empty items dropped. */
export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date bound as ISO YYYY-MM-DD. Partial dates widen to the whole period: `--from 2019-11`
 * starts on 2019-11-01 and `--to 2020` ends on 2020-12-31.
 */
export function parseDateBound(option: '--from' | '--to', value: string): string {
  const m = DATE.exec(value.trim());
  if (!m) throw new TurnlensError(msg.badDate(option, value), EXIT.usage);
  const year = Number(m[1]);
  const month = m[2] === undefined ? (option === '--from' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) throw new TurnlensError(msg.badDate(option, value), EXIT.usage);
  const last = daysIn(year, month);
  const day = m[3] === undefined ? (option === '--from' ? 1 : last) : Number(m[3]);
  if (day < 1 || day > last) throw new TurnlensError(msg.badDate(option, value), EXIT.usage);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `--compare A B` is variadic in commander, so it also swallows paths written after it
 * ("--compare A B data"): the first two values are the ids, the rest go back to the inputs.
 */
export function splitCompare(values: string[] | undefined, paths: string[]): { compare?: [string, string]; paths: string[] } {
  if (values === undefined) return { paths };
  if (values.length < 2) {
    throw new TurnlensError(msg.usage(`--compare needs two interview ids, got ${values.length}`), EXIT.usage);
  }
  return { compare: [values[0], values[1]], paths: [...values.slice(2), ...paths] };
}
