/** Fixed number spelling for the report, so the same tables give byte-identical HTML. */

const clean = (s: string): string => (/^-0(\.0*)?$/.test(s) ? s.slice(1) : s);

export const fmt = {
  int: (n: number): string => (Number.isFinite(n) ? Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '–'),
  pct: (x: number, digits = 0): string => (Number.isFinite(x) ? `${clean((x * 100).toFixed(digits))}%` : '–'),
  num: (x: number, digits = 2): string => (Number.isFinite(x) ? clean(x.toFixed(digits)) : '–'),
  signed: (x: number, digits = 2): string => {
    if (!Number.isFinite(x)) return '–';
    const s = clean(x.toFixed(digits));
    return s.startsWith('-') || /^0(\.0*)?$/.test(s) ? s.replace('-', '−') : `+${s}`;
  },
  /** Percentage points, signed. */
  pp: (x: number): string => (Number.isFinite(x) ? `${fmt.signed(x * 100, 1)} pp` : '–'),
};
