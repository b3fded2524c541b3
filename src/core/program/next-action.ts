import { dayIn } from '../time/days.ts';
import type { Facts } from './facts.ts';
import { isFullCheckDue } from './full-check.ts';
import type { Plan } from './plan.ts';

type Base = Omit<Plan, 'nextAction' | 'roadmap' | 'counter'>;

/** The one thing to do next, as a button: a title in plain words and where it leads. */
export function nextActionFor(plan: Base, facts: Facts): Plan['nextAction'] {
  switch (plan.stage) {
    case 'reflect':
      return { id: 'reflect', title: 'Write down why it ended', href: '/reflect' };
    case 'letter':
      return { id: 'write_letter', title: 'Write your apology letter', href: '/letter' };
    case 'no_contact': {
      const steady = plan.gates.find((g) => g.id === 'steady_check');
      if (isFullCheckDue(plan) && steady && !steady.met && plan.checkAgainOn === null) {
        return { id: 'check_in', title: 'Do your emotion check', href: '/checkin' };
      }
      if (!checkedInToday(plan, facts))
        return { id: 'check_in', title: 'Check in with how you feel today', href: '/checkin' };
      return { id: 'self_work', title: 'Do one kind thing for yourself today', href: '/self-work' };
    }
    case 'first_contact': {
      if (!facts.firstContact)
        return { id: 'first_contact', title: 'Write one short, friendly message', href: '/first-contact' };
      if (plan.firstContact && plan.today < plan.firstContact.windowEndsOn) {
        return { id: 'wait_for_reply', title: 'Give them time to answer', href: '/first-contact' };
      }
      return { id: 'record_reply', title: 'Record how they responded', href: '/first-contact' };
    }
    case 'reconnect':
      return { id: 'plan_outing', title: 'Log a light outing together', href: '/outings' };
    case 'talk':
      return { id: 'prepare_talk', title: 'Prepare for the talk', href: '/talk' };
    case 'back_together':
      return { id: 'keep_healthy', title: 'Keep it healthy', href: '/together' };
    case 'moving_on':
      if (plan.movingOnReason === 'safety') {
        return { id: 'confirm_safety', title: 'Look after your safety first', href: '/safety' };
      }
      if (!checkedInToday(plan, facts))
        return { id: 'check_in', title: 'Check in with how you feel today', href: '/checkin' };
      return { id: 'heal', title: 'Take one step for yourself today', href: '/self-work' };
  }
}

function checkedInToday(plan: Base, facts: Facts): boolean {
  const latest = facts.latestCheckin;
  return latest !== null && dayIn(latest.at, facts.program.timeZone) === plan.today;
}
