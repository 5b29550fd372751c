/**
 * Bytes → text. Order of evidence: a BOM is certain; valid UTF-8 is almost certain (legacy text
 * rarely forms valid multi-byte sequences by accident); otherwise chardet guesses a legacy encoding.
 * Damaged input is refused with the line of the first bad byte rather than decoded with "�".
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { TurnlensError, msg } from '../messages.js';
import { bomlessUtf16, controlCharReason, magicKind } from './binary.js';
import { lineOfByte, scanUtf8, type Utf8Scan } from './utf8.js';

export interface Decoded {
  text: string;
  encoding: string;
}

const BOMS: Array<[number[], string]> = [
  // UTF-32 first: its LE BOM starts with the UTF-16 LE one.
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const DISPLAY: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'utf-32le': 'UTF-32LE',
  'utf-32be': 'UTF-32BE',
};

/** chardet must be at least this sure before a non-Latin legacy encoding is preferred to windows-1252. */
const MIN_CONFIDENCE = 50;
/**
 * Legacy encodings of non-Latin scripts, whose text is mostly high bytes and which chardet tells
 * apart reliably. Latin-script guesses (windows-1250, ISO-8859-2, …) are not trusted: on short
 * Western text chardet often picks them and turns "à" into "ŕ"; Western text is read as
 * windows-1252, which also reads ISO-8859-1 (its bytes 0x80–0x9F are the curly quotes and dashes
 * they are in practice, not C1 controls).
 */
const NON_LATIN = new Set([
  'windows-1251', 'KOI8-R', 'ISO-8859-5', // Cyrillic
  'windows-1253', 'ISO-8859-7', // Greek
  'windows-1255', 'ISO-8859-8', // Hebrew
  'windows-1256', 'ISO-8859-6', // Arabic
  'Shift_JIS', 'EUC-JP', 'ISO-2022-JP', 'GB18030', 'Big5', 'EUC-KR', 'ISO-2022-KR', 'ISO-2022-CN',
]);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text in a non-Latin script has most letters above 0x7F; Western text with accents has few. */
const MIN_HIGH_SHARE = 0.3;

function bomOf(bytes: Uint8Array): [number, string] | null {
  for (const [sig, enc] of BOMS) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return [sig.length, enc];
  }
  return null;
}

/** 1-based line of a character offset in text whose line breaks may still be CRLF or CR. */
function lineOfChar(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

function undecodable(file: string, text: string, offset: number, why: string): TurnlensError {
  return new TurnlensError(msg.undecodable(file, lineOfChar(text, offset), why));
}

/** Strict UTF-8: the first malformed sequence is reported with its line. */
function decodeUtf8(file: string, bytes: Uint8Array, scan: Utf8Scan = scanUtf8(bytes)): string {
  if (scan.firstInvalid >= 0) {
    const b = bytes[scan.firstInvalid].toString(16).toUpperCase().padStart(2, '0');
    throw new TurnlensError(
      msg.undecodable(file, lineOfByte(bytes, scan.firstInvalid), `invalid UTF-8 byte 0x${b} in a UTF-8 file`),
    );
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** UTF-16/32 via iconv-lite, which keeps unpaired surrogates and drops a trailing odd byte: both are checked. */
function decodeWide(file: string, bytes: Uint8Array, encoding: string): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const unit = encoding.startsWith('utf-32') ? 4 : 2;
  if (bytes.length % unit !== 0) throw undecodable(file, text, text.length, `truncated ${encoding} character at the end`);
  const lone = LONE_SURROGATE.exec(text);
  if (lone) throw undecodable(file, text, lone.index, `unpaired surrogate in ${encoding}`);
  return text;
}

/** Legacy encodings via iconv-lite; a U+FFFD it produces marks a byte the encoding does not define. */
function decodeLegacy(file: string, bytes: Uint8Array, encoding: string): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) throw undecodable(file, text, bad, `bytes not defined in ${encoding}`);
  return text;
}

function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
  }
  return letters === 0 ? 0 : high / letters;
}

/** chardet and the share check read a prefix: enough to tell scripts apart, bounded for 50 MB files. */
const SAMPLE_BYTES = 262_144;

function legacyEncoding(all: Uint8Array): string {
  const bytes = all.subarray(0, SAMPLE_BYTES);
  const top = chardet.analyse(bytes).find((m) => !/^(UTF|ASCII)/i.test(m.name));
  const trusted =
    top !== undefined &&
    NON_LATIN.has(top.name) &&
    top.confidence >= MIN_CONFIDENCE &&
    iconv.encodingExists(top.name) &&
    highByteShare(bytes) >= MIN_HIGH_SHARE;
  return trusted ? top.name : 'windows-1252';
}

export function decodeBytes(file: string, bytes: Uint8Array): Decoded {
  const magic = magicKind(bytes);
  if (magic) throw new TurnlensError(msg.binaryFile(file, magic));

  let encoding: string;
  let text: string;
  let scan: Utf8Scan;
  const bom = bomOf(bytes);
  if (bom) {
    encoding = bom[1];
    const body = bytes.subarray(bom[0]);
    text = encoding === 'utf-8' ? decodeUtf8(file, body) : decodeWide(file, body, encoding);
  } else if (bytes.includes(0)) {
    const utf16 = bomlessUtf16(bytes);
    if (!utf16) throw new TurnlensError(msg.binaryFile(file, 'contains NUL bytes'));
    encoding = utf16;
    text = decodeWide(file, bytes, encoding);
  } else if ((scan = scanUtf8(bytes)).firstInvalid < 0 || scan.multibyte > 0) {
    // Valid UTF-8, or UTF-8 damaged after some valid multi-byte characters: not a legacy file.
    encoding = 'utf-8';
    text = decodeUtf8(file, bytes, scan);
  } else {
    encoding = legacyEncoding(bytes);
    text = decodeLegacy(file, bytes, encoding);
  }
  const control = controlCharReason(text);
  if (control) throw new TurnlensError(msg.binaryFile(file, control));
  return { text, encoding: DISPLAY[encoding] ?? encoding };
}
