import { z } from 'zod';
import {
  channels,
  contactKinds,
  darkThoughtAnswers,
  decisions,
  triggers,
  warmths,
} from '../../core/program/facts.ts';
import type { HardHours } from '../../core/progress/progress.ts';
import { choice, dayRangeQuery, daySchema, instantSchema, optionalText } from './fields.ts';
import { progressDays, textLimits } from './limits.ts';

const score = (what: string, min = 0) =>
  z
    .int({ error: `Give ${what} as a whole number from ${min} to 10.` })
    .min(min, `Give ${what} as a whole number from ${min} to 10.`)
    .max(10, `Give ${what} as a whole number from ${min} to 10.`);

/** POST /api/urges; PATCH takes any subset. */
export const urgeSchema = z.strictObject({
  intensity: score('how strong the urge was'),
  trigger: choice(triggers, 'what set it off'),
  draft: optionalText('the draft', textLimits.urgeDraft),
  note: optionalText('the note', textLimits.note),
  at: instantSchema.optional(),
});
export const urgePatchSchema = urgeSchema.partial();
export type UrgeInput = z.infer<typeof urgeSchema>;
export type Urge = {
  id: string;
  at: string;
  intensity: number;
  trigger: (typeof triggers)[number];
  draft: string | null;
  note: string | null;
};

const contactShape = {
  kind: choice(contactKinds, 'what kind of contact it was'),
  on: daySchema('the day it happened'),
  channel: choice(channels, 'how you were in touch'),
  warmth: choice(warmths, 'how warm they were').nullable().optional(),
  note: optionalText('the note', textLimits.note),
};

/** POST /api/contacts: `warmth` belongs to contact from them, and only there. */
export const contactSchema = z.strictObject(contactShape).check((ctx) => {
  const { kind, warmth } = ctx.value;
  if (kind === 'incoming' && !warmth) {
    ctx.issues.push({
      code: 'custom',
      input: warmth,
      path: ['warmth'],
      message: 'Say how warm they were: warm, neutral or cold.',
    });
  }
  if (kind !== 'incoming' && warmth) {
    ctx.issues.push({
      code: 'custom',
      input: warmth,
      path: ['warmth'],
      message: 'Warmth is only for contact that came from them.',
    });
  }
});
export const contactPatchSchema = z.strictObject(contactShape).partial();
export type ContactInput = z.infer<typeof contactSchema>;
export type Contact = {
  id: string;
  kind: (typeof contactKinds)[number];
  on: string;
  channel: (typeof channels)[number];
  warmth: (typeof warmths)[number] | null;
  note: string | null;
};

/** POST /api/checkins: with `wantBack` answered it is the full emotion check (METHOD.md §5). */
export const checkinSchema = z.strictObject({
  mood: score('your mood', 1),
  sad: score('how sad you feel'),
  desperate: score('how desperate or anxious you feel'),
  steady: score('how steady and strong you feel'),
  wantBack: choice(decisions, 'whether you want them back').nullable().optional(),
  /** The optional question about thoughts of death or ending one's life; "yes" brings help. */
  darkThoughts: choice(darkThoughtAnswers, 'whether you have had thoughts of ending your life')
    .nullable()
    .optional(),
  note: optionalText('the note', textLimits.note),
  at: instantSchema.optional(),
});
export const checkinPatchSchema = checkinSchema.partial();
export type CheckinInput = z.infer<typeof checkinSchema>;
export type Checkin = {
  id: string;
  at: string;
  mood: number;
  sad: number;
  desperate: number;
  steady: number;
  wantBack: (typeof decisions)[number] | null;
  darkThoughts: (typeof darkThoughtAnswers)[number] | null;
  note: string | null;
};

/** PUT /api/no-contact/rules: the checklist the person ticks. */
export const rulesSchema = z.strictObject({
  stoppedMessaging: z.boolean(),
  mutedSocial: z.boolean(),
  noCalls: z.boolean(),
  noMeetups: z.boolean(),
});
export type NoContactRules = z.infer<typeof rulesSchema>;

/** GET /api/progress: one entry per day, oldest first, for the chart and the calendar strip. */
/** GET /api/progress?days=N: the last N days. */
export const progressQuerySchema = dayRangeQuery(progressDays);

export type ProgressDay = {
  day: string;
  mood: number | null;
  craving: number | null;
  urges: number;
  slip: boolean;
  noContact: boolean;
};
/**
 * `triggers`: how many urges each trigger set off in the same days, most often first. `byHour`:
 * urges by the hour of the day (24 numbers, local time); `hardHours`: the window that stands out.
 */
export type Progress = {
  days: ProgressDay[];
  summary: string;
  triggers: { trigger: (typeof triggers)[number]; count: number }[];
  byHour: number[];
  hardHours: HardHours | null;
};
