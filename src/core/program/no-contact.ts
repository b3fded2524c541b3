import { addDays, type Day, daysBetween, maxDay } from '../time/days.ts';
import type { Facts, Scenario } from './facts.ts';
import type { NoContact } from './plan.ts';
import { rules } from './rules.ts';

/** The recorded days no contact can begin from. */
export type NoContactStartFact = 'lastContactOn' | 'letterSentOn';

/**
 * §3: which recorded day begins no contact in each scenario: the last contact, or (i_ended) the
 * day the apology letter was sent; before it is sent, no contact has not begun. The one place
 * this rule lives: `noContactBaseStart` reads it, and the facts query builds its SQL from it.
 */
export const noContactStartsFrom = {
  i_ended: 'letterSentOn',
  they_ended: 'lastContactOn',
  mutual: 'lastContactOn',
} as const satisfies Record<Scenario, NoContactStartFact>;

/**
 * The day no contact first began, or null before it has.
 *
 * @example they_ended, lastContactOn 2026-03-01 → '2026-03-01'; i_ended with no letter sent → null
 */
export function noContactBaseStart(facts: Facts): Day | null {
  return noContactStartsFrom[facts.program.scenario] === 'letterSentOn'
    ? facts.letterSentOn
    : facts.program.lastContactOn;
}

/** §3: the minimum comes from the scenario; the recommendation adds time for longer, harder endings. */
export function recommendedDays(facts: Facts): number {
  const { scenario, together, ending, onOff } = facts.program;
  return Math.max(
    rules.minimumNoContactDays[scenario],
    rules.scenarioRecommendedDays[scenario],
    together ? rules.togetherRecommendedDays[together] : 0,
    ending === 'ugly' || onOff ? rules.hardEndingRecommendedDays : 0,
  );
}

/**
 * The no-contact counter. A slip restarts the current stretch from its day; necessary contact
 * and contact from them do not. `totalDays` keeps every day kept since the first start.
 *
 * @example with lastContactOn 2026-03-01 (they_ended) and today 2026-03-14 → days 13, earliest 2026-03-31
 */
export function evaluateNoContact(facts: Facts, today: Day): NoContact {
  const minimumDays = rules.minimumNoContactDays[facts.program.scenario];
  const recommended = recommendedDays(facts);
  const base = noContactBaseStart(facts);
  const limitedContact = facts.program.limitedContact;
  if (!base) {
    return {
      startedOn: null,
      days: null,
      totalDays: null,
      minimumDays,
      recommendedDays: recommended,
      earliestContactOn: null,
      recommendedContactOn: null,
      limitedContact,
    };
  }
  const { lastSlipOn, slipDays } = facts.contacts;
  const startedOn = lastSlipOn ? maxDay(base, lastSlipOn) : base;
  return {
    startedOn,
    days: Math.max(0, daysBetween(startedOn, today)),
    totalDays: Math.max(0, daysBetween(base, today) - slipDays),
    minimumDays,
    recommendedDays: recommended,
    earliestContactOn: addDays(startedOn, minimumDays),
    recommendedContactOn: addDays(startedOn, recommended),
    limitedContact,
  };
}

/** The first day contact could open if the person's check-ins agree: used for estimates. */
export function estimatedContactDay(noContact: NoContact, today: Day): Day | null {
  return noContact.earliestContactOn ? maxDay(noContact.earliestContactOn, today) : null;
}
