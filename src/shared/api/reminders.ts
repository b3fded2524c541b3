import { z } from 'zod';
import type { reminderKinds } from '../../core/reminders/kinds.ts';
import {
  type ReminderSettings as CoreSettings,
  defaultReminderSettings as coreDefaults,
} from '../../core/reminders/schedule.ts';
import { isDay } from '../../core/time/days.ts';
import { cleanString, timeZoneSchema } from './fields.ts';
import { maxTriggerDates, textLimits } from './limits.ts';

/** The contract for reminders, notifications, push subscriptions and email confirmation. */

const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = (what: string) =>
  z
    .string({ error: `Enter ${what} as a time, like 20:30.` })
    .regex(clock, `Enter ${what} as a 24-hour time (HH:MM), like 20:30.`);

const toggle = (what: string) =>
  z.object(
    { enabled: z.boolean({ error: `Say whether ${what} is on (true or false).` }) },
    {
      error: `Send ${what} as { "enabled": true } or { "enabled": false }.`,
    },
  );

/** `MM-DD` (every year) or `YYYY-MM-DD` (once). 02-29 is allowed: it falls on 02-28 in other years. */
const triggerDay = z
  .string({ error: 'Enter the date as MM-DD (every year) or YYYY-MM-DD (once).' })
  .refine((on) => (/^\d{2}-\d{2}$/.test(on) ? isDay(`2024-${on}`) : isDay(on)), {
    error: 'That is not a real date. Use MM-DD, like 06-14, or YYYY-MM-DD, like 2027-06-14.',
  });

export const triggerDateSchema = z.object(
  {
    label: cleanString('Name the date, like "her birthday".')
      .trim()
      .min(1, 'Name the date, like "his birthday" or "our anniversary".')
      .max(textLimits.triggerLabel, `Keep the name of a date under ${textLimits.triggerLabel} characters.`),
    on: triggerDay,
  },
  { error: 'Each date needs a label and an "on" date.' },
);

export const reminderSettingsSchema = z.strictObject(
  {
    /** Absent: the program's time zone. */
    timeZone: timeZoneSchema.nullish().transform((zone) => zone ?? null),
    quietHours: z
      .object(
        { from: timeOfDay('the start of quiet hours'), to: timeOfDay('the end of quiet hours') },
        { error: 'Send quiet hours as { "from": "22:00", "to": "08:00" }, or null for none.' },
      )
      .refine((q) => q.from !== q.to, { error: 'Quiet hours need to start and end at different times.' })
      .nullable(),
    channels: z.object(
      {
        inApp: z.boolean({ error: 'Say whether reminders show in the app (true or false).' }),
        push: z.boolean({ error: 'Say whether reminders come as phone notifications (true or false).' }),
        email: z.boolean({ error: 'Say whether reminders come by email (true or false).' }),
      },
      { error: 'Send channels as { "inApp": true, "push": false, "email": false }.' },
    ),
    checkIn: z.object(
      {
        enabled: z.boolean({ error: 'Say whether the daily check-in reminder is on (true or false).' }),
        at: timeOfDay('the check-in time'),
      },
      { error: 'Send the check-in reminder as { "enabled": true, "at": "20:00" }.' },
    ),
    hardHours: toggle('the hard-hours nudge'),
    milestones: toggle('milestones'),
    triggerDates: z
      .array(triggerDateSchema, { error: 'Send trigger dates as a list (it may be empty).' })
      .max(maxTriggerDates, `Keep to ${maxTriggerDates} dates or fewer.`),
    noContactMinimum: toggle('the end-of-minimum reminder').default({ enabled: true }),
    replyWindow: toggle('the reply-window reminder').default({ enabled: true }),
    weeklySummary: toggle('the weekly summary').default({ enabled: true }),
    /** Words a person allows in push and email texts; off: "Rekindle: a reminder for today". */
    specificTexts: z.boolean({ error: 'Say whether texts may say more (true or false).' }).default(false),
  },
  { error: 'Send your reminder settings as a JSON object.' },
);

export type ReminderSettingsInput = z.input<typeof reminderSettingsSchema>;
export type ReminderSettings = z.output<typeof reminderSettingsSchema> & CoreSettings;

/** What someone has before choosing anything (core's defaults): gentle, in the app only. */
export const defaultReminderSettings: ReminderSettings = { ...coreDefaults, triggerDates: [] };

/** `GET /api/reminders`: the settings, and what the server can deliver through. */
export type RemindersResponse = {
  settings: ReminderSettings;
  /** The zone reminders are timed in (the settings' or the program's). */
  timeZone: string;
  email: { configured: boolean; address: string; confirmed: boolean };
  push: { configured: boolean; subscriptions: number };
};

export type NotificationKind = (typeof reminderKinds)[number];

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Where in the app it leads (a path). */
  href: string;
  /** When it came (ISO instant). */
  createdAt: string;
  /** When it was opened or marked read; null while unread. */
  readAt: string | null;
};

/** `GET /api/notifications`. */
export type NotificationsResponse = { notifications: NotificationItem[]; unread: number };

export const markReadSchema = z.strictObject(
  {
    ids: z
      .array(z.uuid({ error: 'Each notification id is a UUID.' }), { error: 'Send the ids as a list.' })
      .max(200, 'Mark at most 200 at once.')
      .optional(),
    all: z.literal(true, { error: 'Send "all": true to mark every notification read.' }).optional(),
  },
  { error: 'Send { "ids": [...] } or { "all": true }.' },
);

/** A browser's PushSubscription.toJSON(). */
export const pushSubscriptionSchema = z.object(
  {
    endpoint: z
      .url({ protocol: /^https?$/, error: 'The subscription endpoint should be an http(s) address.' })
      .max(2048, 'That endpoint is too long.'),
    keys: z.object(
      {
        p256dh: z
          .string({ error: 'The subscription needs its p256dh key.' })
          .regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/, 'The p256dh key should be a base64url P-256 public key.'),
        auth: z
          .string({ error: 'The subscription needs its auth secret.' })
          .regex(/^[A-Za-z0-9_-]{16,24}={0,2}$/, 'The auth secret should be 16 bytes in base64url.'),
      },
      { error: 'The subscription needs keys: { p256dh, auth }.' },
    ),
  },
  { error: 'Send the browser subscription as JSON (endpoint and keys).' },
);

export const pushUnsubscribeSchema = z.strictObject(
  { endpoint: z.string({ error: 'Send the endpoint to remove.' }).max(2048, 'That endpoint is too long.') },
  { error: 'Send { "endpoint": "..." }.' },
);

export const emailTokenSchema = z.strictObject(
  {
    token: z
      .string({ error: 'This link is missing its code. Open it from the email again.' })
      .min(20, 'This link is not complete. Open it from the email again.')
      .max(200, 'This link is not one we made. Open it from the email again.'),
  },
  { error: 'Send { "token": "..." }.' },
);

export const resetRequestSchema = z.strictObject(
  {
    email: z
      .string({ error: 'Enter your email address.' })
      .trim()
      .toLowerCase()
      .max(textLimits.email, 'That email address is too long.')
      .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' })),
  },
  { error: 'Send { "email": "..." }.' },
);
