/**
 * Strings held one byte a character where their characters allow.
 *
 * V8 keeps a string in two bytes a character when the string it was cut or built from needed two: in
 * a document with a single dash or curly quote, every line, turn, sentence, interview id and token cut
 * from it would take twice the memory of its text, and so would every copy of them that crosses a
 * thread (a worker's results arrive as copies) or is joined into a table cell. Only strings that hold
 * a character past Latin-1 need two; the values do not change, only how they are held.
 */

/** A character that needs two bytes (anything past Latin-1). */
const WIDE_CHAR = /[^\x00-\xff]/;

/** `text`, one byte a character unless it holds a character past Latin-1. */
export function oneByte(text: string): string {
  return WIDE_CHAR.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/** The lines of `text` (split at '\n'), each one byte a character unless it holds a wide character. */
export function oneByteLines(text: string): string[] {
  // Latin-1 throughout: every decoder turnlens reads with (ingest/decode.ts) already gives such a
  // text one byte a character, and a copy would hold the document twice while it is read.
  if (!WIDE_CHAR.test(text)) return text.split('\n');
  // Latin-1 encoding keeps one byte per character (a wide one loses its high byte), so character
  // offsets are byte offsets, and a line without a wide character decodes back to itself.
  const bytes = Buffer.from(text, 'latin1');
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    lines.push(WIDE_CHAR.test(line) ? line : bytes.toString('latin1', start, end));
    if (newline < 0) return lines;
    start = newline + 1;
  }
}
