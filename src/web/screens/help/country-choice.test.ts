import { describe, expect, it } from 'vitest';
import { browserRegion, resourcesPath } from './country-choice.ts';

describe('browserRegion', () => {
  it.each([
    [['en-GB'], 'GB'],
    [['en-gb'], 'GB'],
    [['zh-Hant-TW'], 'TW'],
    [['en', 'fr-CA'], 'CA'],
    // A bare language says nothing about where someone is, and a region like 419 is not a country.
    [['en'], null],
    [['es-419'], null],
    [['not a tag', 'de-AT'], 'AT'],
    [[], null],
  ])('reads %j as %s', (languages, region) => {
    expect(browserRegion(languages)).toBe(region);
  });
});

describe('resourcesPath', () => {
  it('asks for a country only when there is one', () => {
    expect(resourcesPath('GB')).toBe('/resources?country=GB');
    expect(resourcesPath(null)).toBe('/resources');
  });
});
