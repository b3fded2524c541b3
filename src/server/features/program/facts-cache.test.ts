import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../core/program/facts.ts';
import { FactsCache } from './facts-cache.ts';

const facts = (name: string) => ({ program: { exName: name } }) as unknown as Facts;

describe('the facts kept for Today', () => {
  it('serves a person’s facts only at the version they were read at, and no one else’s', () => {
    const cache = new FactsCache();
    cache.keep('ana', 3, facts('Robin'));
    cache.keep('ben', 0, null);
    expect(cache.get('ana', 3)).toEqual(facts('Robin'));
    expect(cache.get('ben', 0)).toBeNull();
    expect(cache.get('ana', 4)).toBeUndefined(); // Ana wrote something since
    expect(cache.get('cai', 0)).toBeUndefined();
  });

  it('lets the longest-kept person go first when full', () => {
    const cache = new FactsCache(2);
    cache.keep('ana', 0, null);
    cache.keep('ben', 0, null);
    cache.keep('cai', 0, null);
    expect(cache.get('ana', 0)).toBeUndefined();
    expect(cache.get('ben', 0)).toBeNull();
    expect(cache.get('cai', 0)).toBeNull();
  });
});
