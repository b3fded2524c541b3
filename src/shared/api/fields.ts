import { z } from 'zod';
import { isDay, isTimeZone } from '../../core/time/days.ts';

/** Field schemas reused across features, each with a message a person can act on. */
export const daySchema = (what: string) =>
  z
    .string({ error: `Enter ${what} as a date (YYYY-MM-DD).` })
    .refine(isDay, { error: `${capitalize(what)} is not a real date. Use YYYY-MM-DD, like 2026-03-14.` });

export const timeZoneSchema = z
  .string({ error: 'Send your time zone, like Europe/Berlin.' })
  .max(64)
  .refine(isTimeZone, {
    error: 'That time zone is not one we know. Use a name like Europe/Berlin or America/Chicago.',
  });

/** Free text: trimmed, not blank, capped. */
export const textSchema = (what: string, max: number) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(1, `Write ${what}.`)
    .max(max, `Keep ${what} under ${max.toLocaleString('en')} characters.`);

export const optionalText = (what: string, max: number) =>
  z
    .string({ error: `${capitalize(what)} should be text.` })
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString('en')} characters.`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const choice = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose ${what}: ${values.join(', ')}.` });

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
