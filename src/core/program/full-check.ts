import type { Plan } from './plan.ts';

/**
 * §5: the check-in is the full emotion check (it asks again "do you still want them back?", and
 * can open contact) once the minimum time of no contact has passed; before, it is a daily one.
 *
 * @example stage no_contact with the no_contact_minimum gate met → true; on day 3 → false
 */
export function isFullCheckDue(plan: Pick<Plan, 'stage' | 'gates'>): boolean {
  return plan.stage === 'no_contact' && plan.gates.some((g) => g.id === 'no_contact_minimum' && g.met);
}
