import { z } from 'zod';
import { maxCheckLength } from '../../core/checker/check.ts';
import { messageKinds } from '../../core/checker/features.ts';
import { cleanString } from './fields.ts';
import { textLimits } from './limits.ts';

/** POST /api/check and each line of `rekindle check-message --jsonl`. */
export const checkSchema = z.strictObject({
  text: cleanString('Send the text to check.').max(
    maxCheckLength,
    `That text is longer than ${maxCheckLength.toLocaleString('en')} characters; check it in parts.`,
  ),
  kind: z.enum(messageKinds, { error: `kind is one of ${messageKinds.join(', ')}.` }).optional(),
  localTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'localTime is the local time as HH:MM, like 23:40.')
    .optional(),
  unansweredSent: z.int().min(0).max(100).optional(),
  exName: cleanString('exName should be text.').max(textLimits.exName).optional(),
});
export type CheckInput = z.infer<typeof checkSchema>;
