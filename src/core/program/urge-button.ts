import type { Plan, StageId } from './plan.ts';

// The urge to text them is strongest through no contact, the wait for a reply and reconnecting:
// the brake stays in reach until the road has ended (back together needs no brake). When first
// contact has opened but nothing is sent, the next step is that one message, written with care.
const urgeStages: ReadonlySet<StageId> = new Set<StageId>([
  'reflect',
  'letter',
  'no_contact',
  'reconnect',
  'talk',
  'moving_on',
]);

/**
 * Whether the "I want to text them" button (the urge composer, a brake) is offered at this point
 * of the road. Where on a screen it may show (not on the pages of help) is the screen's matter.
 *
 * @example no_contact → true; first_contact before the message is sent → false, after → true
 */
export function offersUrgeButton(plan: Pick<Plan, 'stage' | 'firstContact'>): boolean {
  return urgeStages.has(plan.stage) || (plan.stage === 'first_contact' && plan.firstContact !== null);
}
