import fs from 'node:fs';
import crypto from 'node:crypto';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDoc } from '../../../pipeline/ingest/index.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { tmpDir, useTempCwd, write } from '../../helpers/tmp.js';

const dir = useTempCwd();

const TEXT = 'Ren Zhengfei: Café, “naïve” résumé — 5G.\nSecond line.\n';

function readBytes(bytes: Uint8Array, name = 'doc.txt') {
  write(dir(), name, bytes);
  return readDoc(name);
}

function errorOf(bytes: Uint8Array): TurnlensError {
  try {
    readBytes(bytes);
  } catch (e) {
    if (e instanceof TurnlensError) return e;
    throw e;
  }
  throw new Error('expected a TurnlensError');
}

const cat = (...parts: Uint8Array[]) => Buffer.concat(parts);

describe('readDoc: encodings', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', cat(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')), 'UTF-8'],
    ['UTF-16 LE with BOM', cat(Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')), 'UTF-16LE'],
    ['UTF-16 BE with BOM', cat(Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')), 'UTF-16BE'],
    ['UTF-16 LE without BOM', iconv.encode(TEXT, 'utf-16le'), 'UTF-16LE'],
    ['Windows-1252', iconv.encode(TEXT, 'windows-1252'), 'windows-1252'],
  ];
  it.each(cases)('%s', (_name, bytes, encoding) => {
    const doc = readBytes(bytes);
    expect(doc.text).toBe(TEXT);
    expect(doc.encoding).toBe(encoding);
    expect(doc.file).toBe('doc.txt');
    expect(doc.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
  });

  it('Latin-1 text without Windows punctuation decodes the same', () => {
    const latin = 'Zühlke said: à la carte, façade, señor.\n';
    expect(readBytes(iconv.encode(latin, 'latin1')).text).toBe(latin);
  });

  it('Cyrillic windows-1251 is recognised when chardet is confident', () => {
    const ru = 'Интервью: Жэнь Чжэнфэй ответил на вопросы журналистов о компании и о сетях пятого поколения.\n';
    const doc = readBytes(iconv.encode(ru, 'windows-1251'));
    expect(doc.text).toBe(ru);
    expect(doc.encoding).toBe('windows-1251');
  });

  it('CRLF and lone CR become \\n', () => {
    expect(readBytes(Buffer.from('a\r\nb\rc\n\r\nd')).text).toBe('a\nb\nc\n\nd');
  });

  it('a file path outside the working directory stays absolute and /-separated', () => {
    const other = tmpDir();
    try {
      write(other, 'x.txt', 'hello');
      const doc = readDoc(`${other}/x.txt`);
      expect(doc.file).toBe(`${other}/x.txt`.split('\\').join('/'));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('readDoc: bad input is an error naming the file', () => {
  it('empty file', () => {
    const e = errorOf(new Uint8Array());
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('turnlens: "doc.txt": file is empty');
  });
  it('whitespace-only file (including a lone BOM)', () => {
    expect(errorOf(Buffer.from(' \n\t\r\n  ')).message).toContain('file is empty');
    expect(errorOf(Buffer.from([0xef, 0xbb, 0xbf, 0x0a])).message).toContain('file is empty');
  });
  it('NUL bytes', () => {
    const bytes = crypto.randomBytes(4096);
    bytes[10] = 0;
    bytes[11] = 0x41;
    expect(errorOf(bytes).message).toMatch(/^turnlens: "doc.txt": looks like a binary file \(/);
  });
  it('a PDF renamed to .txt is named as a PDF', () => {
    expect(errorOf(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')).message).toContain('(PDF document)');
  });
  it('a high share of control characters', () => {
    const bytes = Buffer.from('ab\x01\x02\x03\x04cd\x05\x06\x07\x08efgh'.repeat(50), 'latin1');
    expect(errorOf(bytes).message).toContain('control characters');
  });
  it('invalid bytes in a UTF-8 file, with the line', () => {
    const bytes = cat(Buffer.from('first “line”\nsecond\r\nthird '), Buffer.from([0xc3, 0x28]), Buffer.from(' end\n'));
    const e = errorOf(bytes);
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('turnlens: "doc.txt" line 3: cannot decode text (invalid UTF-8 byte 0xC3 in a UTF-8 file)');
  });
  it('bytes undefined in Windows-1252, with the line', () => {
    const bytes = cat(Buffer.from('caf\xe9\nna\xefve\n', 'latin1'), Buffer.from([0x81]), Buffer.from(' end\n'));
    const e = errorOf(bytes);
    expect(e.message).toMatch(/^turnlens: "doc.txt" line 3: cannot decode text \(bytes not defined in /);
  });
  it('a lone surrogate in UTF-16 is undecodable, not a crash', () => {
    const bytes = cat(Buffer.from([0xff, 0xfe]), iconv.encode('ok\nx', 'utf-16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00]));
    expect(errorOf(bytes).message).toMatch(/line 2: cannot decode text/);
  });
});
