import { z } from 'zod';
import { canonicalTimeZone, isDay } from '../../core/time/days.ts';

/** Field schemas reused across features, each with a message a person can act on. */

/**
 * The calendar range any date or instant may fall in. Day arithmetic and PostgreSQL's date
 * functions misbehave far outside it (years before 1000, six-digit years), and no one's story
 * with an ex needs more. Whether a day may be in the future is each feature's own rule.
 */
export const dateRange = { first: '1900-01-01', last: '2199-12-31' } as const;
const outOfRange = `Choose a date between ${dateRange.first.slice(0, 4)} and ${dateRange.last.slice(0, 4)}.`;

export const daySchema = (what: string) =>
  z
    .string({ error: `Enter ${what} as a date (YYYY-MM-DD).` })
    .refine(isDay, {
      error: `${capitalize(what)} is not a real date. Use YYYY-MM-DD, like 2026-03-14.`,
      abort: true,
    })
    .refine((day) => day >= dateRange.first && day <= dateRange.last, { error: outOfRange });

/** An ISO instant with its offset (`2026-03-14T21:30:00Z`), inside `dateRange`. */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error: 'Send the time as an ISO instant, like 2026-03-14T21:30:00Z.',
    abort: true,
  })
  .refine(
    (at) => {
      const time = Date.parse(at);
      return (
        time >= Date.parse(`${dateRange.first}T00:00:00Z`) &&
        time <= Date.parse(`${dateRange.last}T23:59:59.999Z`)
      );
    },
    { error: outOfRange },
  );

/**
 * A zone both this runtime and PostgreSQL know, stored under its canonical name: an alias such as
 * `US/Pacific-New` (dropped from PostgreSQL's list) becomes `America/Los_Angeles`.
 */
export const timeZoneSchema = z
  .string({ error: 'Send your time zone, like Europe/Berlin.' })
  .max(64)
  .transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone);
    if (canonical) return canonical;
    ctx.issues.push({
      code: 'custom',
      input: zone,
      message: 'That time zone is not one we know. Use a name like Europe/Berlin or America/Chicago.',
    });
    return z.NEVER;
  });

/**
 * Text as a person can mean it: a NUL character (which PostgreSQL cannot store, and which only
 * arrives from a damaged paste) is dropped, and a lone half of a surrogate pair becomes U+FFFD,
 * so what is stored is exactly what is read back.
 */
export const cleanString = (error: string) => z.string({ error }).overwrite(cleanText);

export function cleanText(s: string): string {
  return s.replaceAll('\u0000', '').replace(loneSurrogate, '\uFFFD');
}
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Free text: trimmed, not blank, capped. */
export const textSchema = (what: string, max: number) =>
  cleanString(`Write ${what}.`)
    .trim()
    .min(1, `Write ${what}.`)
    .max(max, `Keep ${what} under ${max.toLocaleString('en')} characters.`);

export const optionalText = (what: string, max: number) =>
  cleanString(`${capitalize(what)} should be text.`)
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString('en')} characters.`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/**
 * A range of days that ends today, asked for as `?days=N` (today and the N - 1 days before it),
 * between `min` and `max`; `default` when left out. The query string's text becomes a number.
 *
 * @example dayRangeQuery(progressDays).parse({ days: '14' }) → { days: 14 }
 */
export const dayRangeQuery = (range: { min: number; max: number; default: number }) =>
  z.object({ days: z.coerce.number().int().min(range.min).max(range.max).default(range.default) });

export const choice = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose ${what}: ${values.join(', ')}.` });

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
