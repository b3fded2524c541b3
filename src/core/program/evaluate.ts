import { addDays, type Day, dayIn } from '../time/days.ts';
import { counterFor } from './counter.ts';
import type { Facts } from './facts.ts';
import {
  firstContactGates,
  letterGate,
  minimumGate,
  outingsGate,
  reflectGate,
  safetyOf,
  slipGate,
  steadyGate,
  talkGate,
} from './gates.ts';
import { nextActionFor } from './next-action.ts';
import { evaluateNoContact, noContactBaseStart } from './no-contact.ts';
import type { Gate, MovingOnReason, Plan, StageId } from './plan.ts';
import { roadmapFor } from './roadmap.ts';
import { rules } from './rules.ts';

/**
 * The program as a pure function of a person's facts and the current instant: the stage, the
 * gates between here and the next stage, the no-contact counter, the next action and the road.
 *
 * @example evaluate(facts, new Date('2026-03-14T08:00:00Z')).stage → 'no_contact'
 */
export function evaluate(facts: Facts, now: Date): Plan {
  const today = dayIn(now, facts.program.timeZone);
  const noContact = evaluateNoContact(facts, today);
  const safety = safetyOf(facts, now);
  const reflect = reflectGate(facts);
  const steady = steadyGate(facts, today);
  const { stage, movingOnReason, gates } = decideStage(facts, today, {
    reflect,
    steady: steady.gate,
    noContact,
    safety,
  });
  const fc = facts.firstContact;
  const plan: Omit<Plan, 'nextAction' | 'roadmap' | 'counter'> = {
    today,
    scenario: facts.program.scenario,
    ex: { name: facts.program.exName, pronouns: facts.program.exPronouns },
    stage,
    movingOnReason,
    safety,
    gates,
    noContact,
    checkAgainOn: stage === 'no_contact' ? steady.checkAgainOn : null,
    firstContact: fc
      ? {
          sentOn: dayIn(fc.sentAt, facts.program.timeZone),
          windowEndsOn: addDays(dayIn(fc.sentAt, facts.program.timeZone), rules.responseWindowDays),
          outcome: fc.outcome,
        }
      : null,
    contactToolsVisible: stage !== 'moving_on',
  };
  return {
    ...plan,
    nextAction: nextActionFor(plan, facts),
    roadmap: roadmapFor(plan, facts),
    counter: counterFor(plan, facts),
  };
}

type Parts = {
  reflect: Gate;
  steady: Gate;
  noContact: Plan['noContact'];
  safety: Plan['safety'];
};

function decideStage(
  facts: Facts,
  today: Day,
  parts: Parts,
): { stage: StageId; movingOnReason: MovingOnReason | null; gates: Gate[] } {
  const movingOn = (reason: MovingOnReason) => ({
    stage: 'moving_on' as const,
    movingOnReason: reason,
    gates: [],
  });
  if (facts.movedOnAt) return movingOn('chosen');
  if (facts.talk?.outcome === 'back_together')
    return { stage: 'back_together', movingOnReason: null, gates: [] };
  if (facts.talk?.outcome === 'no') return movingOn('talk');
  if (parts.safety.concern && !parts.safety.confirmed) return movingOn('safety');
  if (facts.reflection?.decision === 'no' || facts.latestFullCheck?.wantBack === 'no')
    return movingOn('decision');
  if (!parts.reflect.met) return { stage: 'reflect', movingOnReason: null, gates: [parts.reflect] };
  if (facts.program.scenario === 'i_ended' && !facts.letterSentOn) {
    return { stage: 'letter', movingOnReason: null, gates: [letterGate(facts)] };
  }

  const fc = facts.firstContact;
  const base = noContactBaseStart(facts);
  const warmIncoming =
    base !== null &&
    facts.contacts.firstWarmIncomingOn !== null &&
    facts.contacts.firstWarmIncomingOn >= base;
  if (fc?.outcome === 'cold' || fc?.outcome === 'no_reply') return movingOn('no_reply');
  // §6: a warm reply to the first message, or a warm contact from them, opens reconnecting.
  if (fc?.outcome === 'warm' || fc?.outcome === 'lukewarm' || (!fc && warmIncoming)) {
    const outings = outingsGate(facts, today);
    if (facts.talk?.outcome === 'not_yet' || !outings.met)
      return { stage: 'reconnect', movingOnReason: null, gates: [outings] };
    return { stage: 'talk', movingOnReason: null, gates: [talkGate(facts)] };
  }
  if (fc) return { stage: 'first_contact', movingOnReason: null, gates: firstContactGates(facts, today) };

  const toContact = [
    minimumGate(parts.noContact, today),
    parts.steady,
    slipGate(facts, parts.noContact, today),
  ];
  if (toContact.every((g) => g.met)) {
    return { stage: 'first_contact', movingOnReason: null, gates: firstContactGates(facts, today) };
  }
  return { stage: 'no_contact', movingOnReason: null, gates: toContact };
}
