import { describe, expect, it } from 'vitest';
import { evaluate } from '../program/evaluate.ts';
import type { Facts } from '../program/facts.ts';
import { reflectedFacts } from '../program/test-facts.ts';
import {
  afterQuietHours,
  type DueReminder,
  defaultReminderSettings,
  hardHoursNudgeTime,
  nextSlotAfter,
  outsideText,
  type ReminderSettings,
  remindersAt,
  type Slot,
  slotsBetween,
  triggerDayIn,
} from './schedule.ts';

// The defaults, without the weekly look back (its own tests switch it on).
const settings: ReminderSettings = { ...defaultReminderSettings, weeklySummary: { enabled: false } };

// they_ended, last contact 2026-03-01, reflected: no contact from 2026-03-01 (minimum 30 days).
const facts: Facts = reflectedFacts({ program: { timeZone: 'Europe/Paris' } });
const zone = 'Europe/Paris';
const none = { lastCheckinDay: null, hardHours: null };
const slot = (name: Slot['name'], day: string, iso: string): Slot => ({ name, day, at: new Date(iso) });
const kinds = (list: DueReminder[]) => list.map((r) => r.kind);

describe('when reminders fall due', () => {
  it('finds the slots of a day in the person’s zone, summer time included', () => {
    const slots = slotsBetween(
      new Date('2026-03-28T12:00:00Z'),
      new Date('2026-03-29T23:00:00Z'),
      { ...settings, triggerDates: [{ label: 'a birthday', on: '06-14' }] },
      zone,
      { from: 22, to: 1, count: 5, total: 8 },
    );
    expect(slots.map((s) => `${s.name} ${s.at.toISOString()}`)).toEqual([
      'evening 2026-03-28T17:00:00.000Z',
      'check_in 2026-03-28T19:00:00.000Z',
      'hard_hours 2026-03-28T20:30:00.000Z',
      // Clocks went forward in the night: 09:00 is now 07:00 UTC.
      'morning 2026-03-29T07:00:00.000Z',
      'evening 2026-03-29T16:00:00.000Z',
      'check_in 2026-03-29T18:00:00.000Z',
      'hard_hours 2026-03-29T19:30:00.000Z',
    ]);
  });

  it('has no next slot when nothing is switched on or no channel carries it', () => {
    const after = new Date('2026-03-28T12:00:00Z');
    expect(nextSlotAfter(after, settings, zone, null)?.toISOString()).toBe('2026-03-28T19:00:00.000Z');
    const off = { enabled: false };
    const quiet = {
      ...settings,
      checkIn: { enabled: false, at: '20:00' },
      hardHours: off,
      milestones: off,
      noContactMinimum: off,
      replyWindow: off,
    };
    expect(nextSlotAfter(after, quiet, zone, null)).toBeNull();
    expect(
      nextSlotAfter(
        after,
        { ...settings, channels: { inApp: false, push: false, email: false } },
        zone,
        null,
      ),
    ).toBeNull();
  });

  it('nudges half an hour before the hard hours, wrapping past midnight', () => {
    expect(hardHoursNudgeTime({ from: 22 })).toBe('21:30');
    expect(hardHoursNudgeTime({ from: 0 })).toBe('23:30');
  });
});

describe('quiet hours', () => {
  it('hold a reminder until they end, and let the hard-hours nudge through', () => {
    const at = new Date('2026-06-10T21:30:00Z'); // 23:30 in Paris
    expect(afterQuietHours(at, 'milestone', settings, zone).toISOString()).toBe('2026-06-11T06:00:00.000Z');
    expect(afterQuietHours(at, 'hard_hours', settings, zone)).toBe(at);
    expect(afterQuietHours(at, 'milestone', { ...settings, quietHours: null }, zone)).toBe(at);
    // 13:00–15:00 (not wrapping) and outside it.
    const lunch = { ...settings, quietHours: { from: '13:00', to: '15:00' } };
    expect(afterQuietHours(new Date('2026-06-10T11:30:00Z'), 'check_in', lunch, zone).toISOString()).toBe(
      '2026-06-10T13:00:00.000Z',
    );
    expect(afterQuietHours(new Date('2026-06-10T14:00:00Z'), 'check_in', lunch, zone).toISOString()).toBe(
      '2026-06-10T14:00:00.000Z',
    );
  });

  it('drop a check-in reminder that could only come after its day is over', () => {
    const late = { ...settings, checkIn: { enabled: true, at: '23:00' } };
    const s = slot('check_in', '2026-06-10', '2026-06-10T21:00:00Z');
    expect(remindersAt(s, evaluate(facts, s.at), late, none, zone)).toEqual([]);
    const open = { ...late, quietHours: null };
    const [due] = remindersAt(s, evaluate(facts, s.at), open, none, zone);
    expect(due?.kind).toBe('check_in');
    expect(due?.staleAt.toISOString()).toBe('2026-06-10T22:00:00.000Z'); // midnight in Paris
  });
});

describe('which reminders come', () => {
  it('skips the check-in reminder once today’s check-in is done', () => {
    const s = slot('check_in', '2026-03-10', '2026-03-10T19:00:00Z');
    const plan = evaluate(facts, s.at);
    expect(kinds(remindersAt(s, plan, settings, none, zone))).toEqual(['check_in']);
    expect(remindersAt(s, plan, settings, { ...none, lastCheckinDay: '2026-03-10' }, zone)).toEqual([]);
  });

  it('marks a no-contact milestone on its morning only, and names the stretch it belongs to', () => {
    const on = (day: string) => {
      const s = slot('morning', day, `${day}T08:00:00Z`);
      return remindersAt(s, evaluate(facts, s.at), settings, none, zone);
    };
    const [week] = on('2026-03-08');
    expect(week).toMatchObject({ kind: 'milestone', title: '7 days of giving it space' });
    expect(week?.subject).toBe('no_contact:2026-03-01:7');
    expect(on('2026-03-09')).toEqual([]);
    expect(JSON.stringify(on('2026-03-08'))).not.toContain('Sam');
  });

  it('says when the minimum is over, with the suggested day, and only in no contact', () => {
    const s = slot('morning', '2026-03-31', '2026-03-31T07:00:00Z');
    const due = remindersAt(s, evaluate(facts, s.at), settings, none, zone);
    const minimum = due.find((r) => r.kind === 'no_contact_minimum');
    expect(minimum?.body).toContain('2026-04-30');
    // On the healing path it would point toward them: it pauses.
    const movedOn = { ...facts, movedOnAt: new Date('2026-03-20T10:00:00Z') };
    expect(kinds(remindersAt(s, evaluate(movedOn, s.at), settings, none, zone))).not.toContain(
      'no_contact_minimum',
    );
  });

  it('gives a heads-up the evening before a trigger date, yearly or once', () => {
    const dates = {
      ...settings,
      triggerDates: [
        { label: 'her birthday', on: '06-14' },
        { label: 'the wedding we planned', on: '2027-06-14' },
      ],
    };
    const s = slot('evening', '2026-06-13', '2026-06-13T16:00:00Z');
    const due = remindersAt(s, evaluate(facts, s.at), dates, none, zone);
    expect(due.map((r) => r.title)).toEqual(['Tomorrow: her birthday']);
    expect(due[0]?.subject).toBe('06-14:her birthday');
    expect(triggerDayIn('02-29', 2027)).toBe('2027-02-28');
    expect(triggerDayIn('02-29', 2028)).toBe('2028-02-29');
  });

  it('keeps push and email neutral unless the person allows more', () => {
    const r = { title: '7 days of giving it space', body: 'Quietly, you kept going.' };
    expect(outsideText(r, settings)).toEqual({ title: 'Rekindle', body: 'Rekindle: a reminder for today' });
    expect(outsideText(r, { ...settings, specificTexts: true })).toEqual(r);
  });
});
