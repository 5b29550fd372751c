/**
 * Is this a transcript at all? Users drop PDFs, Word files and archives into transcript folders;
 * naming the format tells them what to do (convert to text) instead of showing decoded garbage.
 */

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive or Office document'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'legacy Office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x1f, 0x8b], 'gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'executable'],
];

export function magicKind(bytes: Uint8Array): string | null {
  for (const [sig, kind] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return kind;
  }
  return null;
}

/** Control characters that never occur in text (tab, newlines, form and vertical feed do: PDF extractions keep \f). */
function isStrayControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || (c >= 0x7f && c <= 0x9f);
}

const SAMPLE_CHARS = 65_536;
/** Above this share of stray control characters in the sample, decoded text is not prose. */
const MAX_CONTROL_SHARE = 0.05;

/** Why decoded text looks binary, or null when it looks like text. Reads only a bounded sample. */
export function controlCharReason(text: string): string | null {
  const n = Math.min(text.length, SAMPLE_CHARS);
  if (n === 0) return null;
  let stray = 0;
  for (let i = 0; i < n; i++) if (isStrayControl(text.charCodeAt(i))) stray++;
  const share = stray / n;
  return share > MAX_CONTROL_SHARE ? `${Math.round(share * 100)}% control characters` : null;
}

/**
 * UTF-16 without a BOM shows as NUL bytes at every other position. Returns the byte order when the
 * sample is clearly of that shape, so such files are decoded rather than refused as binary.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.02) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.02) return 'utf-16be';
  return null;
}
