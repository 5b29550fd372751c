/** pipeline/code-location.ts: turnlens's files found from the package root, not from the caller. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODE_ROOT, codeFileUrl, PACKAGE_ROOT, RUNS_FROM_SOURCE } from '../../pipeline/code-location.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('code location', () => {
  it('finds the package root and, under vitest, runs the sources there', () => {
    expect(PACKAGE_ROOT).toBe(ROOT);
    expect(RUNS_FROM_SOURCE).toBe(true);
    expect(CODE_ROOT).toBe(ROOT);
  });

  it.each(['pipeline/parallel/worker', 'reports/thread/worker'])('names the thread entry %s as a file that exists', (rel) => {
    const file = fileURLToPath(codeFileUrl(rel));
    expect(file).toBe(path.join(ROOT, `${rel}.ts`));
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('the built CLI bundle', () => {
  // `npm test` builds first; the bundle must find the same files from its own place in dist/.
  const bundle = path.join(ROOT, 'dist', 'pipeline', 'cli.cjs');

  it('exists, and keeps the report modules outside it (vega cannot be required)', () => {
    const code = fs.readFileSync(bundle, 'utf8');
    expect(code).toContain('import("../reports/index.js")');
    expect(code).not.toMatch(/require\("vega(-lite)?"\)/);
  });

  it('keeps regex literals as literals: none is rebuilt from a fixed string at every call', () => {
    const code = fs.readFileSync(bundle, 'utf8');
    // `new RegExp("…")` of a plain string is a literal esbuild rewrote; built from a template or a
    // variable, it is one the code builds on purpose.
    const rebuilt = code.match(/new RegExp\((["'])(?:\\.|(?!\1).)*\1\s*[,)]/g) ?? [];
    expect(rebuilt).toEqual([]);
  });
});
