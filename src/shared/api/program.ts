import { z } from 'zod';
import {
  answers,
  decisions,
  endings,
  limitedContactReasons,
  pronounsList,
  reasons,
  scenarios,
  togetherOptions,
  whoseParts,
} from '../../core/program/facts.ts';
import type { Plan } from '../../core/program/plan.ts';
import { choice, daySchema, optionalText, textSchema, timeZoneSchema } from './fields.ts';
import { textLimits } from './limits.ts';

/** PUT /api/program: onboarding, and any later change (the plan re-evaluates). */
export const programSchema = z.strictObject({
  scenario: choice(scenarios, 'who ended it'),
  exName: textSchema('their first name or a nickname', textLimits.exName),
  exPronouns: choice(pronounsList, 'their pronouns'),
  endedOn: daySchema('the day it ended'),
  lastContactOn: daySchema('the day of your last contact'),
  timeZone: timeZoneSchema,
  together: choice(togetherOptions, 'how long you were together').nullable().optional(),
  ending: choice(endings, 'how hard the ending was').nullable().optional(),
  onOff: z.boolean({ error: 'onOff should be true or false.' }).optional(),
  limitedContact: choice(limitedContactReasons, 'why contact cannot fully stop').nullable().optional(),
});
export type ProgramInput = z.infer<typeof programSchema>;

const answer = (what: string) => choice(answers, what).nullable().optional();

/** PUT /api/reflection: every answer may be saved as the person goes. */
export const reflectionSchema = z.strictObject({
  reason: choice(reasons, 'why you ended it').nullable().optional(),
  selfWork: optionalText('what you want to work on', textLimits.selfWork),
  treatedWell: answer('how they treated you'),
  feltGood: answer('whether they made you feel good about yourself'),
  feltSafe: answer('whether you felt secure and safe'),
  decision: choice(decisions, 'whether you want them back').nullable().optional(),
});
export type ReflectionInput = z.infer<typeof reflectionSchema>;

export const problemSchema = z.strictObject({
  text: textSchema('what happened', textLimits.problem),
  whosePart: choice(whoseParts, 'whose part it was'),
  fixable: z.boolean({ error: 'Say whether it can be fixed or forgiven (true or false).' }),
  position: z.int({ error: 'Position should be a whole number.' }).min(0).max(1000).optional(),
});
export const problemPatchSchema = problemSchema.partial();
export type ProblemInput = z.infer<typeof problemSchema>;

export const outcomeSchema = z.strictObject({
  outcome: z.enum(['moving_on'], { error: 'Send "moving_on" to move on, or null to undo it.' }).nullable(),
});

export const safetyConfirmationSchema = z.strictObject({
  confirmed: z.literal(true, { error: 'Send confirmed: true to continue.' }),
});

export type Program = Required<Omit<ProgramInput, 'onOff'>> & { onOff: boolean; movedOnAt: string | null };
export type Reflection = {
  reason: string | null;
  selfWork: string | null;
  treatedWell: string | null;
  feltGood: string | null;
  feltSafe: string | null;
  decision: string | null;
  safetyConfirmedAt: string | null;
};
export type Problem = {
  id: string;
  text: string;
  whosePart: 'mine' | 'theirs' | 'both';
  fixable: boolean;
  position: number;
};

/** GET /api/today: the plan, exactly as core derived it. */
export type Today = Plan;
