import { type Day, daysBetween, maxDay } from '../time/days.ts';
import type { Facts } from './facts.ts';
import type { DayCounter, Milestone, Plan } from './plan.ts';
import { rules } from './rules.ts';

type Base = Omit<Plan, 'nextAction' | 'roadmap' | 'counter'>;

/**
 * The one day counter a person sees, on Today and on the No-contact page alike, so the two never
 * disagree. While they are giving it space: days of no contact (and the days kept in all). While
 * moving on: days since their last contact of any kind that we know of (the first message, an
 * outing or the talk count). Once contact has resumed (a message sent, reconnecting, back
 * together) there is no counter: "no contact, 95 days" would no longer be true.
 *
 * @example no contact since 2026-03-01, today 2026-03-14 → { kind: 'no_contact', days: 13, … }
 */
export function counterFor(plan: Base, facts: Facts): DayCounter | null {
  if (plan.stage === 'moving_on') {
    const since = lastContactOn(plan, facts);
    const days = Math.max(0, daysBetween(since, plan.today));
    return {
      kind: 'healing',
      since,
      days,
      milestones: milestonesOf(rules.healingMilestones, days),
    };
  }
  const stillApart =
    plan.stage === 'reflect' ||
    plan.stage === 'letter' ||
    plan.stage === 'no_contact' ||
    (plan.stage === 'first_contact' && facts.firstContact === null);
  const { startedOn, days, totalDays } = plan.noContact;
  if (!stillApart || startedOn === null || days === null) return null;
  return {
    kind: 'no_contact',
    since: startedOn,
    days,
    totalDays: totalDays ?? days,
    // Counted in the current stretch: after a slip they begin again, and the total stays beside them.
    milestones: milestonesOf(rules.noContactMilestones, days),
  };
}

const milestonesOf = (list: readonly number[], days: number) =>
  list.map((m) => ({ days: m, reached: days >= m }));

/**
 * Days still to go before a milestone of a counter now at `days`: 0 once it is reached.
 *
 * @example daysToMilestone({ days: 30, reached: false }, 12) → 18
 */
export function daysToMilestone(milestone: Milestone, days: number): number {
  return Math.max(0, milestone.days - days);
}

/**
 * Where a counter stands among its milestones: the last one reached, and the next one with the
 * days still to go (null when none is left).
 *
 * @example day 10 of no contact → lastReached 7, next { days: 14, daysToGo: 4 }
 */
export function milestoneStanding(counter: Pick<DayCounter, 'days' | 'milestones'>): {
  lastReached: Milestone | null;
  next: (Milestone & { daysToGo: number }) | null;
} {
  const next = counter.milestones.find((m) => !m.reached);
  return {
    lastReached: counter.milestones.filter((m) => m.reached).at(-1) ?? null,
    next: next ? { ...next, daysToGo: daysToMilestone(next, counter.days) } : null,
  };
}

/** The latest day the person was in touch with their ex, by what has been recorded. */
function lastContactOn(plan: Base, facts: Facts): Day {
  const days = [
    facts.letterSentOn,
    facts.contacts.lastSlipOn,
    plan.firstContact?.sentOn ?? null,
    facts.outings.firstOn,
    facts.talk?.on ?? null,
  ];
  return days.reduce<Day>((latest, d) => (d ? maxDay(latest, d) : latest), facts.program.lastContactOn);
}
