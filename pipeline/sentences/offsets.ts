/**
 * wink-nlp keeps no character offsets. They are rebuilt from each token's value and the whitespace
 * before it; when wink normalises a value (so it is not found verbatim) the search resyncs on the next
 * verbatim token, so one odd token never shifts the rest.
 */
export function tokenOffsets(text: string, values: string[], spaces: string[]): Int32Array {
  // Flat [start0, end0, start1, end1, …]: one typed array per turn rather than a pair per token.
  const out = new Int32Array(values.length * 2);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const guess = cursor + spaces[i].length;
    let start: number;
    if (text.startsWith(v, guess)) start = guess;
    else {
      const found = text.indexOf(v, cursor);
      start = found >= 0 ? found : Math.min(guess, text.length);
    }
    const end = Math.min(text.length, start + v.length);
    out[2 * i] = start;
    out[2 * i + 1] = end;
    cursor = end;
  }
  return out;
}

/** The source line of a character in a turn: the last lineMap pair whose offset ≤ the character's. */
export function lineAt(lineMap: ReadonlyArray<readonly [number, number]>, offset: number, fallback: number): number {
  let line = fallback;
  let lo = 0;
  let hi = lineMap.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lineMap[mid][0] <= offset) {
      line = lineMap[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return line;
}
