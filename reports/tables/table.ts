/** A derived table: named rows with a fixed column order (the CSV header and the JSON key order). */
export interface Table<R extends object> {
  name: string;
  /** One line for the data dictionary in the methods panel. */
  describes: string;
  columns: readonly (keyof R & string)[];
  rows: R[];
}

export function table<R extends object>(name: string, describes: string, columns: readonly (keyof R & string)[], rows: R[]): Table<R> {
  return { name, describes, columns, rows };
}

/** Four decimals: enough for shares and scores, and stable across platforms. */
export const r4 = (x: number): number => {
  const v = Math.round(x * 1e4) / 1e4;
  return Object.is(v, -0) ? 0 : v;
};
