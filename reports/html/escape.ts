/**
 * The only two ways data enters the report's markup: as escaped text/attribute values, and as JSON
 * inside a non-executed <script type="application/json"> block. Nothing from the data is ever put in
 * an event handler, a style, an href scheme or a script that runs.
 */
import path from 'node:path';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and (double- or single-quoted) attribute values. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * JSON that is safe between <script> tags: "<", ">" and "&" become \u escapes, so "</script>" or
 * "<!--" inside a string cannot end or alter the block; U+2028/2029 are escaped for old parsers.
 * JSON.parse reads the escapes back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const LOCAL_PATH = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/**
 * A link from one generated file to another (both relative to out/), with an optional anchor.
 * Only paths turnlens generated (safe file names) are accepted, so no scheme such as "javascript:"
 * can ever reach an href.
 */
export function localHref(from: string, to: string, anchor?: string): string {
  if (!LOCAL_PATH.test(to) || !LOCAL_PATH.test(from)) throw new Error(`not a generated file path: ${JSON.stringify(to)}`);
  const rel = path.posix.relative(path.posix.dirname(from), to);
  const hash = anchor === undefined ? '' : `#${encodeURIComponent(anchor)}`;
  return `${rel}${hash}`;
}
