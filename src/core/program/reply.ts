import type { ReplyOutcome } from './facts.ts';
import type { Plan } from './plan.ts';

/**
 * §6 (B7): "no reply" is an answer only once the reply window has passed; before then silence is
 * only time, and recording it would close the road minutes after sending. A reply that came
 * (warm, lukewarm or cold) can be recorded whenever it comes. False when nothing was sent.
 *
 * @example sent 2026-04-01 (window ends 2026-04-08): no_reply on 2026-04-07 → false; on 2026-04-08 → true
 */
export function canRecordOutcome(plan: Pick<Plan, 'today' | 'firstContact'>, outcome: ReplyOutcome): boolean {
  if (!plan.firstContact) return false;
  return outcome !== 'no_reply' || plan.today >= plan.firstContact.windowEndsOn;
}
