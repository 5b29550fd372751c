import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntitiesResource } from '../../../analyzers/entities/resource.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { DATA, entities } from './fixture.js';

function tmp(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-entities-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('entities.json', () => {
  it('the default file holds the default stance target and countries with aliases', () => {
    const ids = new Set(entities.entities.map((e) => e.id));
    expect(ids.has('United States')).toBe(true);
    expect(entities.entities.filter((e) => e.type === 'country').length).toBeGreaterThanOrEqual(195);
    expect(fs.existsSync(path.join(DATA, 'entities.json'))).toBe(true);
  });

  it('ids are unique', () => {
    const ids = entities.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('invalid JSON names the file and the line', () => {
    const file = tmp('bad.json', '{\n  "titles": [],\n  "entities": [,]\n}\n');
    expect(() => loadEntitiesResource(file)).toThrow(TurnlensError);
    expect(() => loadEntitiesResource(file)).toThrow(/bad\.json" line 3: not valid JSON/);
  });

  it('a schema mismatch names the field and what was expected', () => {
    const good = JSON.parse(fs.readFileSync(path.join(DATA, 'entities.json'), 'utf8'));
    good.entities[1].type = 'planet';
    const file = tmp('schema.json', JSON.stringify(good, null, 2));
    expect(() => loadEntitiesResource(file)).toThrow(/field "entities\[1\]\.type": expected one of "country", "company", "organization", "person", got "planet"/);
  });

  it('a missing file is a usage error naming the path', () => {
    expect(() => loadEntitiesResource('/nonexistent/entities.json')).toThrow(/"\/nonexistent\/entities.json": no such file/);
  });
});
