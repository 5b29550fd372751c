/**
 * Turn text with provenance: text is appended line by line (or as slices of a paragraph) and the
 * [offset, source line] map grows with it, so any character can be traced to its source line.
 */

export type LineMap = Array<[number, number]>;

export class TurnText {
  text = '';
  lineMap: LineMap = [];

  /** Append `piece` from source line `line`, separated from what came before by `sep`. */
  append(piece: string, line: number, sep: string): void {
    if (piece === '') return;
    if (this.text !== '') this.text += sep;
    const last = this.lineMap[this.lineMap.length - 1];
    if (!last || last[1] !== line) this.lineMap.push([this.text.length, line]);
    this.text += piece;
  }

  /** Append the part [start, end) of a paragraph built by another TurnText, keeping its line map. */
  appendSlice(from: TurnText, start: number, end: number, sep: string): void {
    while (start < end && /\s/.test(from.text[start])) start++;
    while (end > start && /\s/.test(from.text[end - 1])) end--;
    if (start >= end) return;
    let k = 0;
    while (k + 1 < from.lineMap.length && from.lineMap[k + 1][0] <= start) k++;
    let pos = start;
    for (; k < from.lineMap.length && pos < end; k++) {
      const next = Math.min(end, from.lineMap[k + 1]?.[0] ?? end);
      this.append(from.text.slice(pos, next), from.lineMap[k][1], pos === start ? sep : '');
      pos = next;
    }
  }

  get firstLine(): number {
    return this.lineMap[0]?.[1] ?? 0;
  }
}

/** Words as counted everywhere in turnlens' tables: runs of letters or digits, inner apostrophes kept. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000);
    if (wordChar && !inWord) n++;
    inWord = wordChar || (inWord && (c === 39 || c === 0x2019) && i + 1 < text.length && /\p{L}/u.test(text[i + 1]));
  }
  return n;
}
