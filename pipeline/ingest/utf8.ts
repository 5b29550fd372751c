/**
 * A UTF-8 validator that says where the first bad byte is (TextDecoder only says that one exists)
 * and whether any well-formed multi-byte sequence was seen: a file with both is damaged UTF-8,
 * a file with only bad bytes is in a legacy single-byte encoding.
 */

export interface Utf8Scan {
  /** Byte offset of the first malformed sequence, or -1 when the bytes are valid UTF-8. */
  firstInvalid: number;
  /** Well-formed multi-byte sequences before the first malformed one (capped: only "any?" matters). */
  multibyte: number;
}

function isCont(b: number | undefined): boolean {
  return b !== undefined && (b & 0xc0) === 0x80;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let ok: boolean;
    if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
      ok = isCont(bytes[i + 1]);
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      const b1 = bytes[i + 1];
      // Exclude overlongs (E0 80–9F) and surrogates (ED A0–BF).
      const lo = b === 0xe0 ? 0xa0 : 0x80;
      const hi = b === 0xed ? 0x9f : 0xbf;
      ok = b1 !== undefined && b1 >= lo && b1 <= hi && isCont(bytes[i + 2]);
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      const b1 = bytes[i + 1];
      const lo = b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xf4 ? 0x8f : 0xbf;
      ok = b1 !== undefined && b1 >= lo && b1 <= hi && isCont(bytes[i + 2]) && isCont(bytes[i + 3]);
    } else {
      return { firstInvalid: i, multibyte };
    }
    if (!ok) return { firstInvalid: i, multibyte };
    multibyte++;
    i += len;
  }
  return { firstInvalid: -1, multibyte };
}

/** 1-based line of a byte offset, counting CRLF, lone CR and LF each as one line break. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}
