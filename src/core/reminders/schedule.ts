import type { Plan } from '../program/plan.ts';
import { rules } from '../program/rules.ts';
import type { HardHours } from '../progress/progress.ts';
import { addDays, type Day, dayIn } from '../time/days.ts';
import { instantAt, localTime, minutesOf, weekdayOf } from '../time/zoned.ts';
import type { ReminderKind } from './kinds.ts';

/**
 * When reminders fall due, and which. Pure: the server gives the person's settings, their plan at
 * the moment in question (core's `evaluate`), and the instant; nothing here reads a clock.
 *
 * A person's reminders can only fall due at a few "slots" of their local day: the check-in time
 * they chose, the morning (milestones, the end of the minimum, the reply window), the evening
 * (trigger-date heads-ups, the weekly summary) and half an hour before their hard hours. The
 * worker looks at a person only when their next slot has come (one indexed instant per person).
 */

export type ReminderSettings = {
  timeZone: string | null;
  quietHours: { from: string; to: string } | null;
  channels: { inApp: boolean; push: boolean; email: boolean };
  checkIn: { enabled: boolean; at: string };
  hardHours: { enabled: boolean };
  milestones: { enabled: boolean };
  triggerDates: readonly { label: string; on: string }[];
  noContactMinimum: { enabled: boolean };
  replyWindow: { enabled: boolean };
  weeklySummary: { enabled: boolean };
  specificTexts: boolean;
};

/** What someone has before choosing anything: gentle, in the app only. */
export const defaultReminderSettings: ReminderSettings = {
  timeZone: null,
  quietHours: { from: '22:00', to: '08:00' },
  channels: { inApp: true, push: false, email: false },
  checkIn: { enabled: true, at: '20:00' },
  hardHours: { enabled: true },
  milestones: { enabled: true },
  triggerDates: [],
  noContactMinimum: { enabled: true },
  replyWindow: { enabled: true },
  weeklySummary: { enabled: true },
  specificTexts: false,
};

export type SlotName = 'check_in' | 'morning' | 'evening' | 'hard_hours';
export type Slot = { name: SlotName; day: Day; at: Date };

export const slotTimes = { morning: '09:00', evening: '18:00' } as const;
/** The hard-hours nudge comes this long before the hardest hours begin. */
export const hardHoursLeadMinutes = 30;

/** The local time of the hard-hours nudge: 21:30 for hard hours from 22:00. */
export function hardHoursNudgeTime(hard: Pick<HardHours, 'from'>): string {
  const m = (hard.from * 60 - hardHoursLeadMinutes + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Whether anything can be due at all (a kind switched on and a channel to carry it). */
export function anythingEnabled(s: ReminderSettings): boolean {
  const channel = s.channels.inApp || s.channels.push || s.channels.email;
  const kind =
    s.checkIn.enabled ||
    s.hardHours.enabled ||
    s.milestones.enabled ||
    s.noContactMinimum.enabled ||
    s.replyWindow.enabled ||
    s.weeklySummary.enabled ||
    s.triggerDates.length > 0;
  return channel && kind;
}

function slotsOfDay(day: Day, s: ReminderSettings, zone: string, hard: HardHours | null): Slot[] {
  const slots: Slot[] = [];
  const at = (name: SlotName, time: string) => slots.push({ name, day, at: instantAt(day, time, zone) });
  if (s.checkIn.enabled) at('check_in', s.checkIn.at);
  if (s.milestones.enabled || s.noContactMinimum.enabled || s.replyWindow.enabled)
    at('morning', slotTimes.morning);
  if (s.triggerDates.length > 0 || s.weeklySummary.enabled) at('evening', slotTimes.evening);
  if (s.hardHours.enabled && hard) at('hard_hours', hardHoursNudgeTime(hard));
  return slots;
}

/** The slots after `from` up to and including `to`, oldest first. */
export function slotsBetween(
  from: Date,
  to: Date,
  s: ReminderSettings,
  zone: string,
  hard: HardHours | null,
): Slot[] {
  if (!anythingEnabled(s) || to <= from) return [];
  const out: Slot[] = [];
  for (let day = addDays(dayIn(from, zone), -1); day <= addDays(dayIn(to, zone), 1); day = addDays(day, 1)) {
    for (const slot of slotsOfDay(day, s, zone, hard)) if (slot.at > from && slot.at <= to) out.push(slot);
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The first slot strictly after `after`, or null when nothing is switched on. */
export function nextSlotAfter(
  after: Date,
  s: ReminderSettings,
  zone: string,
  hard: HardHours | null,
): Date | null {
  if (!anythingEnabled(s)) return null;
  const start = dayIn(after, zone);
  for (let i = 0; i <= 2; i++) {
    const slots = slotsOfDay(addDays(start, i), s, zone, hard)
      .map((slot) => slot.at)
      .filter((at) => at > after)
      .sort((a, b) => a.getTime() - b.getTime());
    if (slots[0]) return slots[0];
  }
  return null;
}

/** A reminder that is due: what it says, where it leads, when to deliver it and until when. */
export type DueReminder = {
  kind: ReminderKind;
  /** Tells apart two reminders of one kind on one day (two trigger dates, two milestones). */
  subject: string;
  day: Day;
  title: string;
  body: string;
  link: string;
  /** After quiet hours, if the slot fell in them. */
  sendAt: Date;
  /** Past this, it is no longer worth sending (a check-in reminder once the day is over). */
  staleAt: Date;
};

/** What the person did and wrote that reminders depend on, beyond the plan. */
export type ReminderContext = {
  /** The local day of their latest check-in, if any. */
  lastCheckinDay: Day | null;
  hardHours: HardHours | null;
};

const inQuiet = (minutes: number, q: { from: string; to: string }) => {
  const from = minutesOf(q.from);
  const to = minutesOf(q.to);
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
};

/**
 * When a reminder due at `at` may be delivered: at once, or when quiet hours end. The hard-hours
 * nudge the person asked for comes inside quiet hours too (that is when it is needed).
 */
export function afterQuietHours(at: Date, kind: ReminderKind, s: ReminderSettings, zone: string): Date {
  if (!s.quietHours || kind === 'hard_hours') return at;
  const local = localTime(at, zone);
  if (!inQuiet(local.minutes, s.quietHours)) return at;
  const end = minutesOf(s.quietHours.to);
  const day = local.minutes < end ? local.day : addDays(local.day, 1);
  return instantAt(day, s.quietHours.to, zone);
}

/** A yearly `MM-DD` date on a given year (02-29 falls on 02-28 in other years), or a one-off day. */
export function triggerDayIn(on: string, year: number): Day | null {
  if (on.length === 10) return on.startsWith(String(year)) ? on : null;
  const day = `${year}-${on}`;
  if (on === '02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return `${year}-02-28`;
  return day;
}

/**
 * The reminders that fall due at one slot. Texts never name the ex; those that would point toward
 * them (the end of the minimum, the reply window) belong to their own stage only, so they pause on
 * the healing path.
 */
export function remindersAt(
  slot: Slot,
  plan: Plan,
  s: ReminderSettings,
  ctx: ReminderContext,
  zone: string,
): DueReminder[] {
  const out: DueReminder[] = [];
  const endOfDay = (day: Day) => instantAt(addDays(day, 1), '00:00', zone);
  const add = (r: Omit<DueReminder, 'sendAt' | 'staleAt' | 'day'>, staleAt: Date) => {
    const sendAt = afterQuietHours(slot.at, r.kind, s, zone);
    if (sendAt < staleAt) out.push({ ...r, day: slot.day, sendAt, staleAt });
  };
  if (slot.name === 'check_in' && s.checkIn.enabled && ctx.lastCheckinDay !== slot.day) {
    add(
      {
        kind: 'check_in',
        subject: 'daily',
        title: 'Time for today’s check-in',
        body: 'A minute to notice how you feel today. There are no wrong answers.',
        link: '/checkin',
      },
      endOfDay(slot.day),
    );
  }
  if (slot.name === 'hard_hours' && s.hardHours.enabled && ctx.hardHours) {
    const h = ctx.hardHours;
    const pad = (n: number) => `${String(n).padStart(2, '0')}:00`;
    add(
      {
        kind: 'hard_hours',
        subject: `${h.from}`,
        title: 'Your harder hours are coming up',
        body: `Many of your urges come between ${pad(h.from)} and ${pad(h.to)}. A plan for tonight: phone away from the bed, something to do with your hands, and the urge button if it comes.`,
        link: '/urge',
      },
      new Date(slot.at.getTime() + (hardHoursLeadMinutes + 180) * 60_000),
    );
  }
  if (slot.name === 'morning') {
    const counter = plan.counter;
    if (s.milestones.enabled && counter) {
      const list: readonly number[] =
        counter.kind === 'healing' ? rules.healingMilestones : rules.noContactMilestones;
      if (list.includes(counter.days) && counter.days > 0) {
        const days = counter.days === 1 ? '1 day' : `${counter.days} days`;
        add(
          {
            kind: 'milestone',
            subject: `${counter.kind}:${counter.since}:${counter.days}`,
            title: counter.kind === 'healing' ? `${days} of healing` : `${days} of giving it space`,
            body: 'Quietly, you kept going. Take a moment to notice it.',
            link: counter.kind === 'healing' ? '/move-on' : '/no-contact',
          },
          endOfDay(addDays(slot.day, 1)),
        );
      }
    }
    const nc = plan.noContact;
    if (
      s.noContactMinimum.enabled &&
      plan.stage === 'no_contact' &&
      nc.earliestContactOn === slot.day &&
      nc.recommendedContactOn
    ) {
      add(
        {
          kind: 'no_contact_minimum',
          subject: nc.earliestContactOn,
          title: 'Your minimum time apart is over',
          body: `There is no rush. The day we suggest is ${nc.recommendedContactOn}; until then, keep looking after yourself.`,
          link: '/no-contact',
        },
        endOfDay(addDays(slot.day, 2)),
      );
    }
    const fc = plan.firstContact;
    if (
      s.replyWindow.enabled &&
      plan.stage === 'first_contact' &&
      fc &&
      fc.outcome === null &&
      fc.windowEndsOn === slot.day
    ) {
      add(
        {
          kind: 'reply_window',
          subject: fc.sentOn,
          title: 'The wait for a reply is over',
          body: 'Whatever happened, the next step is to note it down. There is no second message to send.',
          link: '/first-contact',
        },
        endOfDay(addDays(slot.day, 2)),
      );
    }
  }
  if (slot.name === 'evening') {
    const tomorrow = addDays(slot.day, 1);
    const year = Number(tomorrow.slice(0, 4));
    for (const t of s.triggerDates) {
      if (triggerDayIn(t.on, year) !== tomorrow) continue;
      add(
        {
          kind: 'trigger_date',
          subject: `${t.on}:${t.label}`,
          title: `Tomorrow: ${t.label}`,
          body: 'Days like this can be hard. Plan something kind for yourself, and keep your safety plan close.',
          link: '/safety-plan',
        },
        endOfDay(tomorrow),
      );
    }
    if (s.weeklySummary.enabled && weekdayOf(slot.day) === 0) {
      add(
        {
          kind: 'weekly_summary',
          subject: 'week',
          title: 'Your week, looked back on',
          body: 'Your check-ins, urges and self-work this week are on your progress page.',
          link: '/progress',
        },
        endOfDay(addDays(slot.day, 1)),
      );
    }
  }
  return out;
}

/** The neutral words push and email use unless the person chose to allow more. */
export const neutralText = { title: 'Rekindle', body: 'Rekindle: a reminder for today' } as const;

/** What a push or an email says for a reminder. */
export function outsideText(r: Pick<DueReminder, 'title' | 'body'>, s: ReminderSettings) {
  return s.specificTexts ? { title: r.title, body: r.body } : neutralText;
}

/**
 * How long to wait before trying a failed delivery again: 1, 2, 4 … minutes, at most an hour.
 * After `maxDeliveryAttempts` it is given up.
 */
export const retryDelayMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
export const maxDeliveryAttempts = 8;
