import { describe, expect, it } from 'vitest';
import { callLinks } from './call-links.ts';

describe('callLinks', () => {
  it('finds each number with the words on its line', () => {
    expect(
      callLinks('Jo (sister) 0123 456 789\nSam: +44 7700-900123 (mobile)\n\nDr Lee\n020 7946 0000 - the GP'),
    ).toEqual([
      { who: 'Jo (sister)', number: '0123 456 789', tel: '0123456789' },
      { who: 'Sam', number: '+44 7700-900123', tel: '+447700900123' },
      { who: 'the GP', number: '020 7946 0000', tel: '02079460000' },
    ]);
  });

  it('takes short crisis and emergency lines, not times, dates or single digits', () => {
    expect(callLinks('Crisis line 988').map((l) => l.tel)).toEqual(['988']);
    expect(callLinks('Samaritans 116 123').map((l) => l.tel)).toEqual(['116123']);
    expect(callLinks('at 10:30 on 14.03.2026, or 2 of them')).toEqual([]);
  });
});
