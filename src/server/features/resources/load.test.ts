import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.ts';
import { loadResources } from './load.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-resources-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeFile(name: string, content: unknown) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const group = (items: unknown[]) => ({ title: 'A title', intro: 'An intro.', items });

describe('loadResources', () => {
  it('still loads an operator file written before lines had countries, sources and dates', () => {
    // The shape every file had before: name, detail, and optionally region, phone and url.
    const file = writeFile('old.json', {
      crisis: group([
        { name: 'Local Line', region: 'Our town', detail: 'Call 0100 000, any time.', phone: '0100 000' },
        { name: 'A directory', detail: 'Lines everywhere.', url: 'http://example.org' },
      ]),
      abuse: group([{ name: 'Shelter', detail: 'Call 0100 111.', phone: '0100 111' }]),
    });
    const resources = loadResources(file);
    expect(resources.crisis.items.map((i) => i.name)).toEqual(['Local Line', 'A directory']);
    expect(resources.abuse.items[0]).toEqual({
      name: 'Shelter',
      detail: 'Call 0100 111.',
      phone: '0100 111',
    });
  });

  it('loads the shipped list, where every line says where its number was checked, and when', () => {
    const resources = loadResources(undefined);
    for (const line of [...resources.crisis.items, ...resources.abuse.items]) {
      expect(line.source, line.name).toMatch(/^https:\/\//);
      expect(line.checkedOn, line.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A country's line can be reached from the page: a number to call, or its website.
      if (line.countries) expect(line.phone ?? line.url, line.name).toBeDefined();
      else expect(line.url, line.name).toBeDefined();
    }
    const countries = (kind: 'crisis' | 'abuse') =>
      new Set(resources[kind].items.flatMap((line) => line.countries ?? []));
    for (const country of ['US', 'GB', 'IE', 'CA', 'AU', 'NZ']) {
      expect(countries('crisis'), `a crisis line for ${country}`).toContain(country);
      expect(countries('abuse'), `an abuse line for ${country}`).toContain(country);
    }
  });

  it.each([
    ['a lower-case country', { countries: ['gb'] }, /countries\.0: use two-letter country codes/],
    ['a source that is not https', { source: 'http://example.org' }, /source/],
    ['a date that is not a day', { checkedOn: '1 December 2026' }, /checkedOn/],
    ['an unknown field', { hours: '24/7' }, /hours/],
  ])('stops the start for %s, naming the field', (_, extra, message) => {
    const file = writeFile('bad.json', {
      crisis: group([{ name: 'Line', detail: 'Call.', phone: '1', ...extra }]),
      abuse: group([{ name: 'Line', detail: 'Call.', phone: '1' }]),
    });
    expect(() => loadResources(file)).toThrow(ConfigError);
    expect(() => loadResources(file)).toThrow(message);
  });

  it('stops the start when the file is not JSON', () => {
    expect(() => loadResources(writeFile('broken.json', '{ "crisis": '))).toThrow(
      /could not read .* as JSON/,
    );
  });
});
