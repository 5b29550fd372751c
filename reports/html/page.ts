/**
 * The document shell of every generated page, with a Content-Security-Policy that allows no network
 * at all and only the page's own inline scripts, named by their hashes.
 */
import crypto from 'node:crypto';
import { escapeHtml } from './escape.js';
import { STYLES } from './styles.js';

export interface PageParts {
  title: string;
  body: string;
  /** Inline classic scripts, run in order at the end of the body. */
  scripts?: readonly string[];
}

const sha256 = (text: string): string => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    scripts.length ? `script-src ${scripts.map(sha256).join(' ')}` : "script-src 'none'",
    // vega-embed and its tooltips add <style> elements, and SVG marks carry style attributes.
    "style-src 'unsafe-inline'",
    'img-src data:',
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function page(parts: PageParts): string {
  return [...pagePieces(parts)].join('');
}

/** A piece of a page's body: its text, or a function making it when the writer gets to it. */
export type BodyPiece = string | (() => string);

/**
 * The page as pieces to write one after another, `body` given as pieces too (joined by line breaks):
 * a page as large as the corpus (report.html) is never held as one string, nor copied into one. A
 * body piece given as a function is made only as the pieces are read, after the one before it was
 * written and let go, and `between` runs after each (the report's heap ceiling checks there): so
 * only one section of report.html is held at a time. Each reading makes the pieces anew.
 */
export function pagePieces(
  { title, body, scripts = [] }: Omit<PageParts, 'body'> & { body: string | readonly BodyPiece[] },
  between?: () => void,
): Iterable<string> {
  for (const s of scripts) {
    if (/<\/script|<!--/i.test(s)) throw new Error('turnlens: internal error: an inline script holds "</script" or "<!--"');
  }
  const head = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(scripts))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
  ].join('\n');
  const tail = [...scripts.map((s) => `<script>${s}</script>`), '</body>', '</html>', ''].join('\n');
  const pieces: readonly BodyPiece[] = typeof body === 'string' ? [body] : body;
  return {
    *[Symbol.iterator]() {
      yield `${head}\n`;
      for (const [i, b] of pieces.entries()) {
        if (i > 0) yield '\n';
        yield typeof b === 'string' ? b : b();
        between?.();
      }
      yield `\n${tail}`;
    },
  };
}
