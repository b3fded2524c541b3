import { safetyOverrideDays } from '../safety/signals.ts';
import { addDays, type Day, dayIn, daysBetween, maxDay } from '../time/days.ts';
import { daysInWords } from './day-words.ts';
import type { CheckinFacts, Facts } from './facts.ts';
import type { Gate, NoContact, Safety } from './plan.ts';
import { rules } from './rules.ts';

const gate = (id: Gate['id'], missing: string[], opensOn: Day | null = null): Gate => ({
  id,
  met: missing.length === 0,
  missing,
  opensOn: missing.length === 0 ? null : opensOn,
});

/** §1: at least one problem, the three wellbeing questions, and a decision. */
export function reflectGate(facts: Facts): Gate {
  const r = facts.reflection;
  const missing: string[] = [];
  if (facts.problems.length === 0) missing.push('Write down at least one problem in the relationship.');
  if (!r?.treatedWell) missing.push('Answer: how did they treat you?');
  if (!r?.feltGood) missing.push('Answer: did they make you feel good about yourself?');
  if (!r?.feltSafe) missing.push('Answer: did you feel secure and safe?');
  if (!r?.decision) missing.push('Decide: do you really want them back?');
  return gate('reflect_done', missing);
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The safety rule, from the reflection and the signals screened from what the person wrote.
 * A concern is "felt safe: no" or abuse the person confirmed happened with their ex; abuse found
 * in text only asks the question. Choosing to continue despite a concern holds for
 * `safetyOverrideDays`, and not past a newer abuse signal: then the person is asked again.
 *
 * @example safetyOf({ ...facts, reflection: { ...r, feltSafe: 'no' } }, now) → { concern: true, confirmed: false, … }
 */
export function safetyOf(facts: Facts, now: Date): Safety {
  const r = facts.reflection;
  const s = facts.signals;
  const confirmedAt = r?.safetyConfirmedAt ?? null;
  const confirmed =
    confirmedAt !== null &&
    now.getTime() - confirmedAt.getTime() < safetyOverrideDays * dayMs &&
    !(s.lastAbuseAt !== null && s.lastAbuseAt > confirmedAt);
  return {
    concern: r?.feltSafe === 'no' || s.abuseConfirmed,
    confirmed,
    selfHarm: s.selfHarmOpen,
    gentle: r?.feltSafe === 'mixed',
    signals: s.open.map(({ id, kind, source, tier, foundAt }) => ({
      id,
      kind,
      source,
      tier,
      foundAt: foundAt.toISOString(),
    })),
  };
}

export function letterGate(facts: Facts): Gate {
  return gate(
    'letter_sent',
    facts.letterSentOn ? [] : ['Write your letter, send it yourself, and mark it sent.'],
  );
}

export function minimumGate(noContact: NoContact, today: Day): Gate {
  const { earliestContactOn, days, minimumDays } = noContact;
  if (!earliestContactOn || days === null)
    return gate('no_contact_minimum', ['No contact has not started yet.']);
  if (today >= earliestContactOn) return gate('no_contact_minimum', []);
  const left = minimumDays - days;
  return gate(
    'no_contact_minimum',
    [`${left} more day${left === 1 ? '' : 's'} of no contact (the minimum is ${minimumDays}).`],
    earliestContactOn,
  );
}

/**
 * §5: a week without contact from you, counted from the start of the current stretch (the last
 * slip, or the start of no contact): a person on day 0 has not yet had that week.
 *
 * @example startedOn 2026-03-01, today 2026-03-05 → not met, opens 2026-03-08
 */
export function slipGate(facts: Facts, noContact: NoContact, today: Day): Gate {
  const since = noContact.startedOn;
  const slip = facts.contacts.lastSlipOn;
  const missing =
    slip && slip === since
      ? `${daysInWords(rules.slipFreeDays, true)} without contact since your last message to them.`
      : `${daysInWords(rules.slipFreeDays, true)} of no contact.`;
  if (!since) return gate('no_recent_slip', [missing]);
  if (daysBetween(since, today) >= rules.slipFreeDays) return gate('no_recent_slip', []);
  return gate('no_recent_slip', [missing], addDays(since, rules.slipFreeDays));
}

const isSteady = (c: CheckinFacts) => {
  const t = rules.steadyCheck;
  return c.mood >= t.minMood && c.sad <= t.maxSad && c.desperate <= t.maxDesperate && c.steady >= t.minSteady;
};

/**
 * §5: a recent full check (it re-asks "do I want them back?") that says calm and steady, and no
 * later daily check-in that says otherwise. Returns the gate and, when it fails on the person's
 * own scores, the day to check in again ("give it more time").
 */
export function steadyGate(facts: Facts, today: Day): { gate: Gate; checkAgainOn: Day | null } {
  const zone = facts.program.timeZone;
  const full = facts.latestFullCheck;
  if (!full)
    return {
      gate: gate('steady_check', ['Do a full emotion check before any contact.']),
      checkAgainOn: null,
    };
  const fullDay = dayIn(full.at, zone);
  if (daysBetween(fullDay, today) > rules.checkValidDays) {
    return {
      gate: gate('steady_check', [
        `Do a fresh emotion check (the last one is over ${daysInWords(rules.checkValidDays)} old).`,
      ]),
      checkAgainOn: null,
    };
  }
  const latest = facts.latestCheckin && facts.latestCheckin.at > full.at ? facts.latestCheckin : full;
  const checkAgainOn = maxDay(addDays(dayIn(latest.at, zone), rules.recheckAfterDays), today);
  if (full.wantBack !== 'yes') {
    const missing = [
      'You are not sure yet whether you want them back. That is all right: give it more time.',
    ];
    return { gate: gate('steady_check', missing, checkAgainOn), checkAgainOn };
  }
  if (!isSteady(full) || !isSteady(latest)) {
    const missing = [
      'Your last check-in says this still hurts a lot. Give it more time, and check in again.',
    ];
    return { gate: gate('steady_check', missing, checkAgainOn), checkAgainOn };
  }
  return { gate: gate('steady_check', []), checkAgainOn: null };
}

export function firstContactGates(facts: Facts, today: Day): Gate[] {
  const fc = facts.firstContact;
  if (!fc) return [gate('first_contact_sent', ['Send one short, friendly message, then mark it sent.'])];
  const windowEndsOn = addDays(dayIn(fc.sentAt, facts.program.timeZone), rules.responseWindowDays);
  const waiting = today < windowEndsOn ? windowEndsOn : null;
  return [
    gate('first_contact_sent', []),
    gate('reply_received', fc.outcome ? [] : ['Record how they responded.'], waiting),
  ];
}

/** §7: at least 3 outings, the first at least 30 days ago. */
export function outingsGate(facts: Facts, today: Day): Gate {
  const { count, firstOn } = facts.outings;
  const missing: string[] = [];
  const more = rules.talkMinOutings - count;
  if (more > 0) missing.push(`${more} more light outing${more === 1 ? '' : 's'} together.`);
  const opensOn = firstOn ? addDays(firstOn, rules.talkMinDaysSinceFirstOuting) : null;
  if (!opensOn || today < opensOn)
    missing.push(`At least ${daysInWords(rules.talkMinDaysSinceFirstOuting)} since your first outing.`);
  return gate('outings', missing, opensOn);
}

export function talkGate(facts: Facts): Gate {
  return gate('talk_held', facts.talk ? [] : ['Have the talk, and record how it went.']);
}
