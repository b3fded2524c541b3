import { type NoContactStartFact, noContactStartsFrom } from '../../../core/program/no-contact.ts';

/** Where each of core's start facts lives in the facts query (`p`: the program, `l`: the sent letter). */
const columns = {
  lastContactOn: 'p.last_contact_on',
  letterSentOn: 'l.sent_on',
} as const satisfies Record<NoContactStartFact, string>;

/**
 * The day no contact began, as SQL, built from core's rule (`noContactStartsFrom`) so the slips
 * counted here and the days core counts begin on the same day. Null before it has begun.
 */
export const noContactStartSql = `(case p.scenario ${Object.entries(noContactStartsFrom)
  .map(([scenario, fact]) => `when '${scenario}' then ${columns[fact]}`)
  .join(' ')} end)`;
