import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../../core/program/facts.ts';
import { factsJsonSchema } from './facts-json.ts';

// As the facts statement's JSON arrives from PostgreSQL (json_build_object's text for instants).
const row = {
  ...emptyFacts({
    scenario: 'they_ended',
    exName: 'Alex',
    exPronouns: 'he',
    endedOn: '2026-11-01',
    lastContactOn: '2026-11-02',
    timeZone: 'Europe/Berlin',
    together: null,
    ending: 'calm',
    onOff: false,
    limitedContact: null,
  }),
  latestCheckin: {
    at: '2026-11-30T21:15:00.123+00:00',
    mood: 6,
    sad: 4,
    desperate: 3,
    steady: 6,
    wantBack: null,
  },
};

describe('the facts JSON', () => {
  it('becomes core facts, instants as Dates and days as they are', () => {
    const facts = factsJsonSchema.parse(row);
    expect(facts.latestCheckin?.at).toEqual(new Date(Date.UTC(2026, 10, 30, 21, 15, 0, 123)));
    expect(facts.program.endedOn).toBe('2026-11-01');
  });

  it('refuses what core does not know, rather than passing it on', () => {
    expect(() =>
      factsJsonSchema.parse({ ...row, program: { ...row.program, scenario: 'paused' } }),
    ).toThrow();
    expect(() =>
      factsJsonSchema.parse({ ...row, latestCheckin: { ...row.latestCheckin, at: 'yesterday' } }),
    ).toThrow();
    const { talk: _, ...withoutTalk } = row;
    expect(() => factsJsonSchema.parse(withoutTalk)).toThrow();
  });
});
