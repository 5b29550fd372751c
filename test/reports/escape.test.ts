/** The two ways data reaches markup (escaped text, JSON in a data block), links, and the page's CSP. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, localHref } from '../../reports/html/escape.js';
import { contentSecurityPolicy, page } from '../../reports/html/page.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '</script><script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '" onmouseover="window.__pwned=1" x="',
  "' autofocus onfocus='window.__pwned=1",
  'javascript:window.__pwned=1',
  '{{constructor.constructor(\'alert(1)\')()}}',
  '<!-- <script>',
  '\u2028\u2029',
  '&lt;already&gt; &amp;',
];

describe('escapeHtml', () => {
  it.each(HOSTILE)('leaves no markup character in %j', (s) => {
    const out = escapeHtml(s);
    expect(out).not.toMatch(/[<>"']/);
    // Every "&" starts an entity the function wrote.
    expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  });

  it('maps the five characters to entities and keeps the rest', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('Zühlke 任正非 {{x}}')).toBe('Zühlke 任正非 {{x}}');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('jsonForScript', () => {
  it.each(HOSTILE)('round-trips %j and cannot close or open a script', (s) => {
    const value = { s, nested: [s, { s }] };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(out)).toEqual(value);
  });

  it('keeps lone surrogates as escapes that parse back', () => {
    const s = 'a\ud800b\udfffc';
    expect(JSON.parse(jsonForScript(s))).toBe(s);
  });
});

describe('localHref', () => {
  it('links generated files relative to each other, with an encoded anchor', () => {
    expect(localHref('report.html', 'transcripts/a-b.html', 't-3')).toBe('transcripts/a-b.html#t-3');
    expect(localHref('transcripts/a.html', 'report.html')).toBe('../report.html');
    expect(localHref('report.html', 'transcripts/a.html', 'x y"<')).toBe('transcripts/a.html#x%20y%22%3C');
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,<b>', '../etc/passwd', '/abs.html', 'http://example.com/x', 'a//b', 'Report.html', ''])(
    'refuses %j as a target',
    (to) => {
      expect(() => localHref('report.html', to)).toThrow();
    },
  );
});

describe('page', () => {
  it('sets a CSP with no network and the hashes of exactly its scripts', () => {
    const html = page({ title: '<t>', body: '<p>x</p>', scripts: ['var a = 1;'] });
    const csp = contentSecurityPolicy(['var a = 1;']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'$|script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(html).toContain('<title>&lt;t&gt;</title>');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('allows no script at all on a page without scripts', () => {
    expect(contentSecurityPolicy([])).toContain("script-src 'none'");
  });

  it('refuses to inline a script that could end its own tag', () => {
    expect(() => page({ title: 't', body: '', scripts: ['var s = "</SCRIPT>";'] })).toThrow(/internal error/);
  });
});
