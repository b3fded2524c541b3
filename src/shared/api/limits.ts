/** Plain numbers shared by the API schemas and the web forms (no zod here: it stays out of the bundle). */
export const passwordRules = { minLength: 10, maxLength: 256 } as const;

/**
 * What one import (POST /api/import) takes, besides the body's size: far above what a long-term
 * user exports (ten years of a journal entry a day is 3,650 rows; an export of 12,000 must import),
 * low enough that a crafted file of tiny rows cannot hold the server for minutes.
 */
export const importLimits = { rowsPerTable: 50_000, rows: 150_000 } as const;

/**
 * The longest text each field takes, in characters: the API schemas refuse more, and the web's
 * forms stop typing there (`maxLength`), so the two can never disagree.
 */
export const textLimits = {
  exName: 40,
  email: 254,
  problem: 2000,
  selfWork: 4000,
  /** The note beside an urge, a contact, a check-in, an activity or an outing. */
  note: 2000,
  urgeDraft: 5000,
  letter: 20_000,
  /** The first message, and a reply drafted before it is sent. */
  message: 2000,
  /** "What did you do?" of an activity or an outing. */
  whatYouDid: 200,
  talkNote: 2000,
  journalEntry: 20_000,
  journalPrompt: 300,
  safetyPlanSection: 4000,
  triggerLabel: 60,
} as const;

/** The most days that may hurt (birthdays, anniversaries) one person keeps for reminders. */
export const maxTriggerDates = 20;

/** How many days back a progress page may look (`GET /api/progress?days=`), and its default. */
export const progressDays = { min: 7, max: 365, default: 56 } as const;

/** How long an email confirmation link works (it works once). */
export const confirmationLinkHours = 48;
