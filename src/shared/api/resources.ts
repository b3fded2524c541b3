import { z } from 'zod';

/** ISO 3166-1 alpha-2, upper case, as the resources file writes it ("GB", "US"). */
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'use two-letter country codes in capitals, like "GB"');

const item = z.strictObject({
  name: z.string().min(1).max(120),
  detail: z.string().min(1).max(400),
  region: z.string().min(1).max(80).optional(),
  phone: z.string().min(1).max(40).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  // Added later, all optional, so an operator's file written before them still loads.
  /** Where the line answers; without it, the line is international (a directory). */
  countries: z.array(countryCode).min(1).optional(),
  /** The page that states the number, so whoever updates the file can check it again. */
  source: z.url({ protocol: /^https$/ }).optional(),
  /** When that page was last read against this entry (YYYY-MM-DD). */
  checkedOn: z.iso.date().optional(),
});

const group = z.strictObject({
  title: z.string().min(1).max(200),
  intro: z.string().min(1).max(1000),
  items: z.array(item).min(1),
});

/** Support resources shown by the safety rules; the operator may replace the file (REKINDLE_RESOURCES_FILE). */
export const resourcesSchema = z.strictObject({ crisis: group, abuse: group });
export type Resources = z.infer<typeof resourcesSchema>;
export type ResourceLine = z.infer<typeof item>;

/** `GET /api/resources?country=GB`: the code is optional and read in either case. */
export const resourcesQuery = z.object({
  country: z
    .string()
    .regex(
      /^[A-Za-z]{2}$/,
      'country must be a two-letter country code, like GB, US or IE. Leave it out to see the international lines.',
    )
    .transform((code) => code.toUpperCase())
    .optional(),
});

/**
 * The answer to `GET /api/resources`: the same groups, each ordered for `country` (its own lines,
 * then the international directories, then other countries' lines), with the code used (null
 * when none was given) and every country the file has lines for (for a country picker).
 */
export type ResourcesAnswer = Resources & { country: string | null; countries: string[] };
