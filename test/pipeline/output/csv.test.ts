import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../pipeline/output/csv.js';
import { toJson, rowsToJson } from '../../../pipeline/output/json.js';
import { formatNumber } from '../../../pipeline/output/format.js';

describe('csvField: RFC 4180 quoting', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' spaces kept ', ' spaces kept '],
    ['=SUM(A1)', '=SUM(A1)'],
    ['"', '""""'],
  ];
  it.each(cases)('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));
});

describe('toCsv', () => {
  it('writes the given column order, \\n line ends, empty cells for null, 4 decimals for fractional columns', () => {
    const rows = [
      { b: 'x,y', a: 1, f: 0.5, n: null },
      { b: 'z', a: 2, f: 1, n: 3 },
      { b: 'w', a: -0, f: -0.00001, n: Number.NaN },
    ];
    expect(toCsv(['a', 'b', 'f', 'n'], rows)).toBe('a,b,f,n\n1,"x,y",0.5000,\n2,z,1.0000,3\n0,w,0.0000,\n');
  });
  it('an empty table still has its header', () => {
    expect(toCsv(['interview_id', 'n'], [])).toBe('interview_id,n\n');
  });
  it('round-trips hostile text through a strict parser', () => {
    const hostile = 'a "quoted", \n multi-line\r\n</script><img src=x onerror=alert(1)>';
    const csv = toCsv(['t'], [{ t: hostile }]);
    expect(parseCsv(csv)).toEqual([['t'], [hostile]]);
  });
});

describe('formatNumber', () => {
  it('is deterministic and never prints -0', () => {
    expect(formatNumber(-0, false)).toBe('0');
    expect(formatNumber(-0.00004, true)).toBe('0.0000');
    expect(formatNumber(1 / 3, true)).toBe('0.3333');
    expect(formatNumber(Infinity, true)).toBe('');
  });
});

describe('JSON writers', () => {
  it('toJson sorts keys deeply, 2-space indent, final newline, Maps as objects', () => {
    const v = { b: 1, a: { d: [{ z: 1, y: 2 }], c: -0 }, m: new Map([['k2', 1], ['k1', 2]]) };
    expect(toJson(v)).toBe(
      '{\n  "a": {\n    "c": 0,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1,\n  "m": {\n    "k1": 2,\n    "k2": 1\n  }\n}\n',
    );
  });
  it('rowsToJson keeps the column order and only the columns', () => {
    expect(rowsToJson(['b', 'a'], [{ a: 1, b: null, extra: 'x' }])).toBe('[\n  {\n    "b": null,\n    "a": 1\n  }\n]\n');
  });
});

/** A strict RFC 4180 parser for the round-trip check (fields quoted or bare, "" inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          field += text[i++];
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') field += text[i++];
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text[i] === '\n' || i >= text.length) {
      rows.push(row);
      row = [];
      i++;
    }
  }
  return rows;
}
