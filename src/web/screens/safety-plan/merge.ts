import type { SafetyPlan } from '../../../shared/api/safety-plan.ts';
import { safetyPlanSections } from '../../../shared/api/safety-plan-limits.ts';
import type { Sections } from './local-copy.ts';

/** The server trims what it saves: a trailing space still being typed is not a change. */
const same = (typed: string, saved: string) => typed.trim() === saved;

export const emptySections = (): Sections => ({
  warningSigns: '',
  onMyOwn: '',
  distractions: '',
  askForHelp: '',
  professionals: '',
  saferSpace: '',
  reasonsToLive: '',
});

/** The sections of an API answer, without its date. */
export function sectionsOf(plan: SafetyPlan): Sections {
  const sections = emptySections();
  for (const s of safetyPlanSections) sections[s] = plan[s];
  return sections;
}

/**
 * Whether this device holds writing the server does not have yet. With nothing known of the
 * server (`synced` null), any written section is unsent.
 * @example hasUnsent({ ...empty, reasonsToLive: 'Mia ' }, { ...empty, reasonsToLive: 'Mia' }) // false
 */
export function hasUnsent(plan: Sections, synced: Sections | null): boolean {
  return safetyPlanSections.some((s) => !same(plan[s], synced?.[s] ?? ''));
}

/**
 * The server's plan with this device's unsent writing on top, section by section: what was typed
 * here (offline, or while the answer was on its way) is kept, and a section changed elsewhere and
 * not here comes from the server.
 */
export function mergeCopy(local: Sections, synced: Sections | null, server: Sections): Sections {
  const merged = emptySections();
  for (const s of safetyPlanSections) {
    // A section that only differs in spaces still being typed stays as it is on screen.
    const changedElsewhere = same(local[s], synced?.[s] ?? '') && !same(local[s], server[s]);
    merged[s] = changedElsewhere ? server[s] : local[s];
  }
  return merged;
}
