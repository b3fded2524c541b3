import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../core/program/facts.ts';
import { FactsCache } from './facts-cache.ts';

const facts = (name: string) => ({ program: { exName: name } }) as unknown as Facts;

describe('the facts kept for Today', () => {
  it('keeps a person’s facts until they write, and keeps no one else’s under their name', () => {
    const cache = new FactsCache();
    cache.keep('ana', facts('Robin'), cache.mark());
    cache.keep('ben', null, cache.mark());
    expect(cache.get('ana')).toEqual(facts('Robin'));
    expect(cache.get('ben')).toBeNull();
    cache.forget('ana');
    expect(cache.get('ana')).toBeUndefined();
    expect(cache.get('ben')).toBeNull();
  });

  it('does not keep facts read before a write that finished while they were being read', () => {
    const cache = new FactsCache();
    const mark = cache.mark(); // a read of Ana's facts starts…
    cache.forget('ana'); // …her check-in is saved…
    cache.keep('ana', facts('before the check-in'), mark); // …and the older read comes back
    expect(cache.get('ana')).toBeUndefined();
  });

  it('lets the longest-kept person go first when full', () => {
    const cache = new FactsCache(2);
    cache.keep('ana', null, cache.mark());
    cache.keep('ben', null, cache.mark());
    cache.keep('cai', null, cache.mark());
    expect(cache.get('ana')).toBeUndefined();
    expect(cache.get('ben')).toBeNull();
    expect(cache.get('cai')).toBeNull();
  });
});
