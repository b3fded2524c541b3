import type { Trigger } from '../../core/program/facts.ts';

/** What set an urge off, in a few words, for the progress chart. */
export const triggerNames: Record<Trigger, string> = {
  night: 'Late at night',
  alcohol: 'After drinking',
  memory: 'A memory',
  their_post: 'Something they posted',
  other: 'Something else',
};

/** The same, to finish "Your urges came …". */
const cameWhen: Record<Trigger, string> = {
  night: 'late at night',
  alcohol: 'after drinking',
  memory: 'with a memory',
  their_post: 'after something they posted',
  other: 'from something else',
};

/**
 * The trigger chart in one sentence, from counts ranked most often first.
 *
 * @example [{ night, 3 }, { memory, 2 }] → "Your urges came most often late at night (3 of 5)."
 */
export function triggerSummary(triggers: readonly { trigger: Trigger; count: number }[]): string {
  const total = triggers.reduce((n, t) => n + t.count, 0);
  const [top, next] = triggers;
  if (!top) return 'No urges logged in these days.';
  if (total === 1) return `Your one urge came ${cameWhen[top.trigger]}.`;
  if (triggers.length === 1) return `All ${total} of your urges came ${cameWhen[top.trigger]}.`;
  if (next && next.count === top.count) {
    return `Your urges came most often ${cameWhen[top.trigger]} and ${cameWhen[next.trigger]} (${top.count} each, of ${total}).`;
  }
  return `Your urges came most often ${cameWhen[top.trigger]} (${top.count} of ${total}).`;
}
