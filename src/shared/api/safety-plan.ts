import { z } from 'zod';
import { optionalText } from './fields.ts';
import { textLimits } from './limits.ts';
import type { SafetyPlanSection } from './safety-plan-limits.ts';

// The plain values live apart so the web app can import them without zod.
export { type SafetyPlanSection, safetyPlanSections } from './safety-plan-limits.ts';

/** Each section's text ('' when empty); `updatedAt` is null until the plan is first saved. */
export type SafetyPlan = Record<SafetyPlanSection, string> & { updatedAt: string | null };

const section = (what: string) => optionalText(what, textLimits.safetyPlanSection);

/** PUT /api/safety-plan: the whole plan; a section left out or blank is saved empty. */
export const safetyPlanSchema = z.strictObject({
  warningSigns: section('your warning signs'),
  onMyOwn: section('what you can do on your own'),
  distractions: section('the people and places that take your mind off it'),
  askForHelp: section('the people you can ask for help'),
  professionals: section('the professionals and crisis lines'),
  saferSpace: section('how you make your space safer'),
  reasonsToLive: section('your reasons to live'),
}) satisfies z.ZodType<Partial<Record<SafetyPlanSection, string | null>>>;
export type SafetyPlanInput = z.infer<typeof safetyPlanSchema>;
