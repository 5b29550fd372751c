/**
 * One input file → RawDoc: decoded text with "\n" line ends and no BOM, plus the sha256 of the
 * bytes as read (the cache key for everything derived from the file).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { RawDoc } from '../types.js';
import { TurnlensError, msg } from '../messages.js';
import { decodeBytes } from './decode.js';
import { displayPath } from './paths.js';

/** CRLF and lone CR both become "\n": transcripts come from Windows tools and old Mac exports alike. */
export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TurnlensError(msg.missingPath(file));
    throw new TurnlensError(msg.unreadable(file, code ?? String(e)));
  }
}

export function readDoc(file: string): RawDoc {
  const shown = displayPath(file);
  const bytes = readBytes(file);
  if (bytes.length === 0) throw new TurnlensError(msg.emptyFile(shown));
  const decoded = decodeBytes(shown, bytes);
  let text = normalizeNewlines(decoded.text);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!/\S/.test(text)) throw new TurnlensError(msg.emptyFile(shown));
  return {
    file: shown,
    encoding: decoded.encoding,
    text,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
  };
}
