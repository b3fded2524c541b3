import { daysInWords } from '../../core/program/day-words.ts';
import type { GateId, Plan, RoadStepId, StageId } from '../../core/program/plan.ts';
import { pronounForms } from '../../core/program/pronouns.ts';
import { rules } from '../../core/program/rules.ts';
import { formatDay, plural } from './format.ts';

type Copy = { name: string; summary: string; lesson: string[] };

/** One line per stage for the road, and a short lesson in our own words (METHOD.md's facts). */
export const stageCopy: Record<StageId, Copy> = {
  reflect: {
    name: 'Reflect',
    summary: 'Look honestly at why it ended, and whether you really want them back.',
    lesson: [
      'Right after a breakup, feelings run high and cloud judgement. Writing the problems down, plainly, makes them easier to see from the outside.',
      'It also lets you decide, calmly, whether going back is good for you. Choosing yourself is always a real option.',
    ],
  },
  letter: {
    name: 'Apology letter',
    summary: 'One honest letter that owns your part, then the ball is in their court.',
    lesson: [
      'A good apology takes responsibility without excuses and does not ask for anything back. Their pride was probably hurt, so do not expect warmth.',
      'You send it once. After that, you give them space: no follow-ups, no checking whether it was read.',
    ],
  },
  no_contact: {
    name: 'No contact',
    summary: 'Give them space, and give yourself time to heal.',
    lesson: [
      'Heartbreak runs through the same systems as physical pain and stress. The cravings and the panic are normal, and they fade.',
      'No one can miss someone who is always there. Silence is not a game: it is how both of you get the distance to see clearly.',
    ],
  },
  first_contact: {
    name: 'First contact',
    summary: 'One short, friendly message: no pressure, no relationship talk.',
    lesson: [
      'Keep it brief and easy to answer. Ask how they are; at most, suggest something light you both enjoyed, as friends.',
      'If no warm reply comes, that is an answer too. You send one message, not a second.',
    ],
  },
  reconnect: {
    name: 'Reconnect',
    summary: 'Slow, light time together, getting to know each other again.',
    lesson: [
      'Keep meetings light and in the moment. Bring up good memories and leave old arguments alone for now.',
      'Let the next plan come naturally; pushing for it brings back the pressure you are trying to leave behind.',
    ],
  },
  talk: {
    name: 'The talk',
    summary: 'An honest talk about what went wrong and what has changed.',
    lesson: [
      'Going back without fixing what broke it usually leads to the same ending. Honesty matters more than persuading.',
      'Talk about the problems you wrote down, what has changed, and what both of you could do differently.',
    ],
  },
  back_together: {
    name: 'Back together',
    summary: 'A fresh start, with what you learned kept close.',
    lesson: ['Keep an eye on the problems that ended things last time, and talk early when they come back.'],
  },
  moving_on: {
    name: 'Moving on',
    summary: 'Healing for yourself: self-care, check-ins, and your own life first.',
    lesson: [
      'Moving on is not a failure. The work you do for yourself now is the same work that helps any future relationship.',
      'You cannot make anyone come back. You can make sure you come out of this stronger.',
    ],
  },
};

/** The two steps that run beside no contact (§4, §5), named for the road. */
const besideCopy: Record<'self_work' | 'emotion_check', Pick<Copy, 'name' | 'summary'>> = {
  self_work: {
    name: 'Work on yourself',
    summary: 'Move, rest, see friends, learn something: small kind things, logged as you go.',
  },
  emotion_check: {
    name: 'Emotion check',
    summary: 'A short daily check-in on how you feel. Contact opens only when you are calm and steady.',
  },
};

/** A step of the road: its name, one line, and the screen it opens. */
export function roadStep(id: RoadStepId): { name: string; summary: string; href: string } {
  const copy = id === 'self_work' || id === 'emotion_check' ? besideCopy[id] : stageCopy[id];
  return { name: copy.name, summary: copy.summary, href: roadHrefs[id] };
}

const roadHrefs: Record<RoadStepId, string> = {
  reflect: '/reflect',
  letter: '/letter',
  no_contact: '/no-contact',
  self_work: '/self-work',
  emotion_check: '/checkin',
  first_contact: '/first-contact',
  reconnect: '/outings',
  talk: '/talk',
  back_together: '/together',
  moving_on: '/move-on',
};

/** The current stage in one sentence, adapted to the ex's name and pronouns. */
export function stageSentence(plan: Plan): string {
  const { object, possessive } = pronounForms(plan.ex.pronouns);
  const name = plan.ex.name;
  switch (plan.stage) {
    case 'reflect':
      return 'Before anything else, take a calm, honest look at why it ended.';
    case 'letter':
      return `Write one honest apology letter to ${name}, then give ${object} space.`;
    case 'no_contact':
      return plan.noContact.days === null
        ? `You are giving ${name} space.`
        : `You are giving ${name} space: day ${plan.noContact.days} of no contact.`;
    case 'first_contact':
      return plan.firstContact
        ? `You sent your message. Now let ${name} answer in ${possessive} own time.`
        : `You are steady enough for one short, friendly message to ${name}, if you still want to send it.`;
    case 'reconnect':
      return `You and ${name} are slowly getting to know each other again.`;
    case 'talk':
      return `It is time for an honest talk with ${name} about what went wrong and what has changed.`;
    case 'back_together':
      return `You and ${name} are back together. Keep what you learned close.`;
    case 'moving_on':
      return plan.movingOnReason === 'safety'
        ? 'Your safety comes first. For now, Rekindle suggests healing for yourself.'
        : 'You are choosing yourself. This is a way forward, not a failure.';
  }
}

const gateLabels: Record<GateId, string> = {
  reflect_done: 'Reflect on why it ended',
  letter_sent: 'Send your apology letter',
  no_contact_minimum: 'The minimum time of no contact',
  steady_check: 'An emotion check that says you are steady',
  no_recent_slip: `${daysInWords(rules.slipFreeDays, true)} without contact from you`,
  first_contact_sent: 'Send one short message',
  reply_received: 'Their response',
  outings: `A few light outings over ${daysInWords(rules.talkMinDaysSinceFirstOuting)}`,
  talk_held: 'The talk',
};

export function gateLabel(id: GateId): string {
  return gateLabels[id];
}

/** "First contact can open on 12 March, if your check-in says you are steady." */
export function contactOpensSentence(plan: Plan): string | null {
  const on = plan.noContact.earliestContactOn;
  if (plan.stage !== 'no_contact' || !on) return null;
  if (on <= plan.today)
    return 'The minimum time has passed. Contact can open once your check-in says you are steady.';
  return `First contact can open on ${formatDay(on, plan.today)}, if your check-in says you are steady.`;
}

export function daysLeftSentence(plan: Plan): string | null {
  const { days, minimumDays } = plan.noContact;
  if (days === null || days >= minimumDays) return null;
  return `${plural(minimumDays - days, 'day')} to go until the minimum of ${minimumDays}.`;
}

/**
 * First contact has opened at the minimum, but the plan suggests more time for this person: a
 * gentle nudge toward the recommended day (waiting longer is never a mistake). Null otherwise.
 */
export function waitLongerSentence(plan: Plan): string | null {
  const on = plan.noContact.recommendedContactOn;
  if (plan.stage !== 'first_contact' || plan.firstContact || !on || on <= plan.today) return null;
  return `You can write now. For you, though, we suggest waiting until ${formatDay(on, plan.today)}: ${plural(plan.noContact.recommendedDays, 'day')} apart gives you both more room, and a message sent later, calmly, lands better. Waiting is never a mistake.`;
}
