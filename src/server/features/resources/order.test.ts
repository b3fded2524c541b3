import { describe, expect, it } from 'vitest';
import type { ResourceLine, Resources } from '../../../shared/api/resources.ts';
import { countriesIn, orderForCountry } from './order.ts';

const line = (name: string, countries?: string[]): ResourceLine => ({
  name,
  detail: 'Call.',
  ...(countries && { countries }),
});

const resources: Resources = {
  crisis: {
    title: 'Crisis',
    intro: 'Intro.',
    items: [
      line('US line', ['US']),
      line('Directory A'),
      line('UK and Ireland line', ['GB', 'IE']),
      line('UK text line', ['GB']),
      line('Directory B'),
    ],
  },
  abuse: { title: 'Abuse', intro: 'Intro.', items: [line('US abuse', ['US']), line('Abuse directory')] },
};

const names = (answer: ReturnType<typeof orderForCountry>, kind: 'crisis' | 'abuse' = 'crisis') =>
  answer[kind].items.map((i) => i.name);

describe('orderForCountry', () => {
  it("puts the country's lines first, then the directories, then other countries' lines", () => {
    expect(names(orderForCountry(resources, 'GB'))).toEqual([
      'UK and Ireland line',
      'UK text line',
      'Directory A',
      'Directory B',
      'US line',
    ]);
    expect(names(orderForCountry(resources, 'GB'), 'abuse')).toEqual(['Abuse directory', 'US abuse']);
  });

  it('puts the directories first when the country is unknown or not given', () => {
    for (const country of ['FR', null]) {
      expect(names(orderForCountry(resources, country)).slice(0, 2)).toEqual(['Directory A', 'Directory B']);
    }
  });

  it('says which country it ordered for, and keeps the titles and intros', () => {
    const answer = orderForCountry(resources, 'IE');
    expect(answer.country).toBe('IE');
    expect(answer.crisis.title).toBe('Crisis');
    expect(names(answer)[0]).toBe('UK and Ireland line');
    expect(orderForCountry(resources, null).country).toBeNull();
  });

  it('leaves the loaded resources as they were', () => {
    orderForCountry(resources, 'GB');
    expect(resources.crisis.items[0]?.name).toBe('US line');
  });
});

describe('countriesIn', () => {
  it('lists every country with a line, once, sorted', () => {
    expect(countriesIn(resources)).toEqual(['GB', 'IE', 'US']);
  });
});
