import type { Scenario } from './facts.ts';

/**
 * Every duration and threshold of the program, in one table, named after METHOD.md.
 * Changing a number here changes every person's plan the same way.
 */
export const rules = {
  /** §3: the minimum no contact before any contact from you, counted from its start. */
  minimumNoContactDays: { i_ended: 14, mutual: 30, they_ended: 30 } satisfies Record<Scenario, number>,
  /** §3: they_ended "many weeks or ideally months" → 60 recommended whatever else is true. */
  scenarioRecommendedDays: { i_ended: 0, mutual: 0, they_ended: 60 } satisfies Record<Scenario, number>,
  /** §3 rules of thumb: longer relationships need more time apart. */
  togetherRecommendedDays: { under_6_months: 30, '6_to_24_months': 60, over_2_years: 90 },
  /** §3: an ugly ending or an on-off pattern → about 90 days. */
  hardEndingRecommendedDays: 90,
  /** §5: the emotion check that opens contact. Scores are the person's own, 0–10 (mood 1–10). */
  steadyCheck: { minMood: 6, maxSad: 5, maxDesperate: 4, minSteady: 6 },
  /** §5: the check must be this recent (days) to open contact. */
  checkValidDays: 3,
  /** §5: after a check that says "not yet", propose checking again this many days later. */
  recheckAfterDays: 3,
  /** §5: no slip in the last 7 days. */
  slipFreeDays: 7,
  /** §6: how long to wait for a reply to the first message. */
  responseWindowDays: 7,
  /** §7: the talk opens after this many outings, the first at least this many days ago. */
  talkMinOutings: 3,
  talkMinDaysSinceFirstOuting: 30,
  /** Outcomes: healing milestones after moving on (days). */
  healingMilestones: [7, 30, 60, 90],
  /** §3: calm milestones during no contact (days kept in the current stretch). */
  noContactMilestones: [1, 3, 7, 14, 21, 30, 45, 60, 90],
} as const;
