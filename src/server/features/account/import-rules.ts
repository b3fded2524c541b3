import { z } from 'zod';
import { checkProgramDates } from '../../../core/program/check-dates.ts';
import { replyOutcomes } from '../../../core/program/facts.ts';
import { choice, daySchema, instantSchema } from '../../../shared/api/fields.ts';
import { checkinSchema, contactSchema, rulesSchema, urgeSchema } from '../../../shared/api/no-contact.ts';
import { problemSchema, programSchema, reflectionSchema } from '../../../shared/api/program.ts';
import { reminderSettingsSchema } from '../../../shared/api/reminders.ts';
import {
  activitySchema,
  firstContactSchema,
  journalSchema,
  letterSchema,
  outingSchema,
  talkNoteSchema,
  talkSchema,
} from '../../../shared/api/road.ts';
import { messageOf } from '../../http/api-error.ts';
import { safetyPlanImport } from '../safety-plan/import-rows.ts';

/**
 * How one exported table is checked on import: by the schema its own route reads (`schema`, whose
 * field names are the table's columns), plus the columns that route sets itself (`extras`), so an
 * imported row obeys every rule a row written by hand does.
 */
export type ImportRule = {
  /** One row, as a person would name it: "journal entry". */
  noun: string;
  schema: z.ZodObject<z.core.$ZodShape, z.core.$ZodObjectConfig>;
  extras?: z.core.$ZodShape;
};

/**
 * Columns every table may carry: ids are replaced, times kept. The shared schemas keep every date
 * in range; import-rows.ts adds "not in the future".
 */
export const bookkeeping = {
  id: z.string({ error: 'An id should be text.' }).max(100).optional(),
  userId: z.unknown().optional(),
  createdAt: instantSchema.optional(),
  updatedAt: instantSchema.optional(),
};

/**
 * The rules per table name, as of `now` (some routes judge dates against the clock). Every
 * exported table has one: import-rules.test.ts checks that.
 */
export function importRules(now: Date): Record<string, ImportRule> {
  return {
    programs: {
      noun: 'program',
      schema: programSchema.check((ctx) => {
        const problem = checkProgramDates(ctx.value, now);
        if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: messageOf(problem) });
      }),
      extras: { movedOnAt: instantSchema.nullable().optional() },
    },
    reflections: {
      noun: 'reflection',
      schema: reflectionSchema,
      extras: { safetyConfirmedAt: instantSchema.nullable().optional() },
    },
    problems: { noun: 'problem', schema: problemSchema },
    contacts: { noun: 'contact', schema: contactSchema },
    urges: { noun: 'urge', schema: urgeSchema },
    checkins: { noun: 'check-in', schema: checkinSchema },
    no_contact_rules: { noun: 'set of no-contact rules', schema: rulesSchema },
    letters: {
      noun: 'letter',
      schema: letterSchema,
      extras: { sentOn: daySchema('the day you sent it').nullable().optional() },
    },
    letter_versions: { noun: 'earlier letter', schema: letterSchema, extras: { savedAt: instantSchema } },
    activities: { noun: 'activity', schema: activitySchema },
    first_contacts: {
      noun: 'first message',
      schema: firstContactSchema,
      extras: { outcome: choice(replyOutcomes, 'how they responded').nullable().optional() },
    },
    outings: { noun: 'outing', schema: outingSchema },
    talks: { noun: 'talk', schema: talkSchema },
    talk_notes: {
      noun: 'talk note',
      schema: talkNoteSchema,
      extras: { problemId: z.string({ error: 'A talk note names its problem (problemId).' }).max(100) },
    },
    journal_entries: { noun: 'journal entry', schema: journalSchema },
    safety_plans: safetyPlanImport,
    reminder_settings: {
      noun: 'reminder setting',
      schema: z.object({ settings: reminderSettingsSchema }),
    },
  };
}
