/**
 * The safety plan's plain values, shared by its API schema (safety-plan.ts) and the web app. No
 * zod here: the web app imports this, and zod stays out of the browser bundle.
 */

/** The seven sections of a safety plan (Stanley–Brown structure), in the order they are written. */
export const safetyPlanSections = [
  'warningSigns',
  'onMyOwn',
  'distractions',
  'askForHelp',
  'professionals',
  'saferSpace',
  'reasonsToLive',
] as const;
export type SafetyPlanSection = (typeof safetyPlanSections)[number];
