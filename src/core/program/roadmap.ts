import { addDays, type Day } from '../time/days.ts';
import type { Facts } from './facts.ts';
import { estimatedContactDay } from './no-contact.ts';
import type { Plan, RoadmapStage, RoadStepId, StageId } from './plan.ts';
import { rules } from './rules.ts';

type Base = Omit<Plan, 'nextAction' | 'roadmap' | 'counter'>;

const order: StageId[] = [
  'reflect',
  'letter',
  'no_contact',
  'first_contact',
  'reconnect',
  'talk',
  'back_together',
];

/**
 * The whole road for the person's scenario: each step done, current, ongoing, upcoming or
 * skipped, with a real date where one is known and an estimate otherwise. Self-work and the
 * emotion check (§4, §5) run beside no contact, so they sit just after it; while moving on they
 * stay as the healing program.
 *
 * @example in no contact → reflect done, no_contact current, self_work and emotion_check ongoing, …
 */
export function roadmapFor(plan: Base, facts: Facts): RoadmapStage[] {
  const stages = order.filter((s) => s !== 'letter' || plan.scenario === 'i_ended');
  const dates = knownOrEstimatedDates(plan, facts);
  const at = (id: RoadStepId) => dates[id] ?? { on: null, estimated: false };
  const skippedFirstContact =
    facts.firstContact === null &&
    (plan.stage === 'reconnect' || plan.stage === 'talk' || plan.stage === 'back_together');

  if (plan.stage === 'moving_on') {
    const reached = new Set(doneBefore(plan, facts));
    return [
      ...stages.filter((s) => reached.has(s)).map((id) => ({ id, status: 'done' as const, ...at(id) })),
      { id: 'moving_on', status: 'current', on: plan.today, estimated: false },
      { id: 'self_work', status: 'ongoing', on: null, estimated: false },
      { id: 'emotion_check', status: 'ongoing', on: null, estimated: false },
    ];
  }
  const current = stages.indexOf(plan.stage);
  const noContactAt = stages.indexOf('no_contact');
  // No contact starts with the breakup (§3), beside reflecting and the letter: once its day has
  // come it is under way, not ahead, though those steps are not done yet.
  const startedOn = plan.noContact.startedOn;
  const noContactStarted = current < noContactAt && startedOn !== null && startedOn <= plan.today;
  const main = stages.map((id, i): RoadmapStage => {
    const status =
      id === 'first_contact' && skippedFirstContact
        ? 'skipped'
        : i < current
          ? 'done'
          : i === current
            ? 'current'
            : id === 'no_contact' && noContactStarted
              ? 'ongoing'
              : 'upcoming';
    return { id, status, ...at(id) };
  });
  const beside = (id: 'self_work' | 'emotion_check'): RoadmapStage => {
    const status =
      current < noContactAt
        ? noContactStarted
          ? 'ongoing'
          : 'upcoming'
        : current === noContactAt
          ? 'ongoing'
          : id === 'emotion_check' && skippedFirstContact
            ? 'skipped'
            : 'done';
    return { id, status, on: null, estimated: false };
  };
  return [
    ...main.slice(0, noContactAt + 1),
    beside('self_work'),
    beside('emotion_check'),
    ...main.slice(noContactAt + 1),
  ];
}

/** Stages the person completed before moving on (so their road keeps its history). */
function doneBefore(plan: Base, facts: Facts): StageId[] {
  const done: StageId[] = [];
  if (facts.reflection?.decision && facts.problems.length > 0) done.push('reflect');
  if (facts.letterSentOn) done.push('letter');
  if (facts.firstContact) done.push('no_contact', 'first_contact');
  if (facts.outings.count > 0) done.push('reconnect');
  if (facts.talk) done.push('talk');
  return plan.scenario === 'i_ended' ? done : done.filter((s) => s !== 'letter');
}

function knownOrEstimatedDates(
  plan: Base,
  facts: Facts,
): Partial<Record<RoadStepId, { on: Day | null; estimated: boolean }>> {
  const contactDay = plan.firstContact?.sentOn ?? estimatedContactDay(plan.noContact, plan.today);
  const reconnectDay =
    facts.outings.firstOn ?? (contactDay ? addDays(contactDay, rules.responseWindowDays) : null);
  const talkDay =
    facts.talk?.on ?? (reconnectDay ? addDays(reconnectDay, rules.talkMinDaysSinceFirstOuting) : null);
  return {
    letter: { on: facts.letterSentOn, estimated: false },
    no_contact: { on: plan.noContact.startedOn, estimated: false },
    first_contact: { on: contactDay, estimated: !plan.firstContact },
    reconnect: { on: reconnectDay, estimated: !facts.outings.firstOn },
    talk: { on: talkDay, estimated: !facts.talk },
    back_together: { on: null, estimated: true },
  };
}
