import { describe, expect, it } from 'vitest';
import { daysToMilestone, milestoneStanding } from './counter.ts';
import { evaluate } from './evaluate.ts';
import type { Facts } from './facts.ts';
import { checkin, reflectedFacts } from './test-facts.ts';

// they_ended, last contact 2026-03-01, reflected, with a steady full check: the usual path.
const steady = checkin('2026-03-31T07:00:00Z');
const base: Facts = { ...reflectedFacts(), latestCheckin: steady, latestFullCheck: steady };
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const sent = (outcome: NonNullable<Facts['firstContact']>['outcome']): Facts => ({
  ...base,
  firstContact: { sentAt: new Date('2026-04-01T18:00:00Z'), outcome },
});

describe('the day counter', () => {
  it('counts days of no contact while giving it space, and the days kept in all after a slip', () => {
    expect(evaluate(base, at('2026-03-14')).counter).toMatchObject({
      kind: 'no_contact',
      since: '2026-03-01',
      days: 13,
      totalDays: 13,
    });
    const slipped = {
      ...base,
      contacts: { lastSlipOn: '2026-03-10', slipDays: 1, firstWarmIncomingOn: null },
    };
    expect(evaluate(slipped, at('2026-03-14')).counter).toMatchObject({ days: 4, totalDays: 12 });
  });

  it('marks calm milestones in the current stretch, and begins them again after a slip', () => {
    const reached = (facts: Facts, day: string) => {
      const counter = evaluate(facts, at(day)).counter;
      return counter?.milestones.filter((m) => m.reached).map((m) => m.days);
    };
    expect(reached(base, '2026-03-01')).toEqual([]);
    expect(reached(base, '2026-03-08')).toEqual([1, 3, 7]);
    expect(evaluate(base, at('2026-03-08')).counter?.milestones.map((m) => m.days)).toEqual([
      1, 3, 7, 14, 21, 30, 45, 60, 90,
    ]);
    const slipped = {
      ...base,
      contacts: { lastSlipOn: '2026-03-10', slipDays: 1, firstWarmIncomingOn: null },
    };
    expect(reached(slipped, '2026-03-14')).toEqual([1, 3]);
  });

  it('keeps counting when first contact opens, until the message is sent', () => {
    const open = evaluate(base, at('2026-03-31'));
    expect(open.stage).toBe('first_contact');
    expect(open.counter).toMatchObject({ kind: 'no_contact', days: 30 });
    const waiting = evaluate(sent(null), at('2026-04-03'));
    expect(waiting.stage).toBe('first_contact');
    expect(waiting.counter).toBeNull();
  });

  it('shows no counter once they are reconnecting or back together', () => {
    expect(evaluate(sent('warm'), at('2026-04-09')).counter).toBeNull();
    const together: Facts = {
      ...sent('warm'),
      outings: { count: 3, firstOn: '2026-04-10' },
      talk: { on: '2026-06-04', outcome: 'back_together' },
    };
    const plan = evaluate(together, at('2026-06-05'));
    expect(plan.stage).toBe('back_together');
    expect(plan.counter).toBeNull();
  });

  it('after no reply, counts from the first message, one number for every screen', () => {
    const plan = evaluate(sent('no_reply'), at('2026-04-09'));
    expect(plan.stage).toBe('moving_on');
    expect(plan.counter).toEqual({
      kind: 'healing',
      since: '2026-04-01',
      days: 8,
      milestones: [
        { days: 7, reached: true },
        { days: 30, reached: false },
        { days: 60, reached: false },
        { days: 90, reached: false },
      ],
    });
  });

  it('while moving on before any contact, counts from the last contact (a slip included)', () => {
    const moved = { ...base, movedOnAt: new Date('2026-03-20T10:00:00Z') };
    expect(evaluate(moved, at('2026-03-21')).counter).toMatchObject({ kind: 'healing', days: 20 });
    const slipped = {
      ...moved,
      contacts: { lastSlipOn: '2026-03-15', slipDays: 1, firstWarmIncomingOn: null },
    };
    expect(evaluate(slipped, at('2026-03-21')).counter).toMatchObject({ since: '2026-03-15', days: 6 });
  });

  it('after the talk ends it, counts from the talk', () => {
    const ended: Facts = {
      ...sent('warm'),
      outings: { count: 3, firstOn: '2026-04-10' },
      talk: { on: '2026-05-20', outcome: 'no' },
    };
    expect(evaluate(ended, at('2026-05-21')).counter).toMatchObject({
      kind: 'healing',
      since: '2026-05-20',
      days: 1,
    });
  });
});

describe('a week without contact', () => {
  const gate = (facts: Facts, day: string) =>
    evaluate(facts, at(day)).gates.find((g) => g.id === 'no_recent_slip');

  it('is not met on day 0 of no contact, and is from day 7', () => {
    const fresh = { ...base, program: { ...base.program, lastContactOn: '2026-03-14' } };
    expect(gate(fresh, '2026-03-14')).toMatchObject({ met: false, opensOn: '2026-03-21' });
    expect(gate(fresh, '2026-03-20')?.met).toBe(false);
    expect(gate(fresh, '2026-03-21')?.met).toBe(true);
  });

  it('after a slip, counts the week from the slip', () => {
    const slipped = {
      ...base,
      contacts: { lastSlipOn: '2026-03-10', slipDays: 1, firstWarmIncomingOn: null },
    };
    expect(gate(slipped, '2026-03-12')).toMatchObject({
      met: false,
      opensOn: '2026-03-17',
      missing: ['A week without contact since your last message to them.'],
    });
  });
});

describe('milestones', () => {
  it('stand at the last one reached and the next one, with the days to it', () => {
    const counter = evaluate(base, at('2026-03-11')).counter!;
    expect(counter.days).toBe(10);
    expect(milestoneStanding(counter)).toEqual({
      lastReached: { days: 7, reached: true },
      next: { days: 14, reached: false, daysToGo: 4 },
    });
    expect(
      milestoneStanding({ days: 0, milestones: counter.milestones.map((m) => ({ ...m, reached: false })) }),
    ).toMatchObject({ lastReached: null, next: { days: 1, daysToGo: 1 } });
    expect(milestoneStanding({ days: 95, milestones: [{ days: 90, reached: true }] })).toEqual({
      lastReached: { days: 90, reached: true },
      next: null,
    });
  });

  it('count the healing days still to go, none once reached', () => {
    const healing = evaluate({ ...base, movedOnAt: new Date('2026-03-05T12:00:00Z') }, at('2026-03-11'))
      .counter!;
    expect(healing).toMatchObject({ kind: 'healing', days: 10 });
    expect(healing.milestones.map((m) => daysToMilestone(m, healing.days))).toEqual([0, 20, 50, 80]);
  });
});
