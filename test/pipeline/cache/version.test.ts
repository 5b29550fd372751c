import { describe, expect, it } from 'vitest';
import { versionOf } from '../../../pipeline/cache/version.js';
import { useTmpDir, write } from '../../helpers/tmp.js';

const tmp = useTmpDir('turnlens-version-');

function tree(): string {
  write(tmp(), 'code/render/svg.js', 'export const a = 1;\n');
  write(tmp(), 'code/render/svg.d.ts', 'export declare const a: number;\n');
  write(tmp(), 'code/html/page.js', 'export const b = 2;\n');
  return tmp();
}

describe('versionOf: libraries and the sources under some folders', () => {
  it('changes with a source under the folders, not with one elsewhere or a declaration file', () => {
    const root = tree();
    const before = versionOf(root, ['code/render'], []);
    write(root, 'code/html/page.js', 'export const b = 3;\n');
    write(root, 'code/render/svg.d.ts', 'export declare const a: 1;\n');
    expect(versionOf(root, ['code/render'], [])).toBe(before);
    write(root, 'code/render/svg.js', 'export const a = 2;\n');
    expect(versionOf(root, ['code/render'], [])).not.toBe(before);
  });

  it('names each library by its installed version, and one not installed as absent', () => {
    const root = tree();
    const none = versionOf(root, ['code/render'], []);
    expect(versionOf(root, ['code/render'], ['vega'])).not.toBe(none);
    expect(versionOf(root, ['code/render'], ['no-such-package-turnlens'])).not.toBe(versionOf(root, ['code/render'], ['vega']));
  });
});
