import { z } from 'zod';

const item = z.strictObject({
  name: z.string().min(1).max(120),
  detail: z.string().min(1).max(400),
  region: z.string().min(1).max(80).optional(),
  phone: z.string().min(1).max(40).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

const group = z.strictObject({
  title: z.string().min(1).max(200),
  intro: z.string().min(1).max(1000),
  items: z.array(item).min(1),
});

/** Support resources shown by the safety rules; the operator may replace the file (REKINDLE_RESOURCES_FILE). */
export const resourcesSchema = z.strictObject({ crisis: group, abuse: group });
export type Resources = z.infer<typeof resourcesSchema>;
