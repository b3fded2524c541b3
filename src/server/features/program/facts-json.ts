import { z } from 'zod';
import type { Facts } from '../../../core/program/facts.ts';
import * as sets from '../../../core/program/facts.ts';
import { signalKinds, signalSources } from '../../../core/safety/signals.ts';

// The facts statement's JSON (queries.ts) read as core's Facts: checked, not asserted, so a column
// renamed in a migration or a value outside core's sets fails loudly here instead of reaching the
// program as something it never expected. Instants arrive as ISO text and become Dates; days stay
// text (core's Day).

const instant = z.string().transform((text, ctx) => {
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) {
    ctx.issues.push({ code: 'custom', input: text, message: 'not an instant' });
    return z.NEVER;
  }
  return at;
});
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const checkin = z.object({
  at: instant,
  mood: z.number(),
  sad: z.number(),
  desperate: z.number(),
  steady: z.number(),
  wantBack: z.enum(sets.decisions).nullable(),
});

export const factsJsonSchema: z.ZodType<Facts, unknown> = z.object({
  program: z.object({
    scenario: z.enum(sets.scenarios),
    exName: z.string(),
    exPronouns: z.enum(sets.pronounsList),
    endedOn: day,
    lastContactOn: day,
    timeZone: z.string(),
    together: z.enum(sets.togetherOptions).nullable(),
    ending: z.enum(sets.endings).nullable(),
    onOff: z.boolean(),
    limitedContact: z.enum(sets.limitedContactReasons).nullable(),
  }),
  reflection: z
    .object({
      reason: z.enum(sets.reasons).nullable(),
      selfWork: z.string().nullable(),
      treatedWell: z.enum(sets.answers).nullable(),
      feltGood: z.enum(sets.answers).nullable(),
      feltSafe: z.enum(sets.answers).nullable(),
      decision: z.enum(sets.decisions).nullable(),
      safetyConfirmedAt: instant.nullable(),
    })
    .nullable(),
  problems: z.array(z.object({ text: z.string(), whosePart: z.enum(sets.whoseParts), fixable: z.boolean() })),
  letterSentOn: day.nullable(),
  contacts: z.object({
    lastSlipOn: day.nullable(),
    slipDays: z.number(),
    firstWarmIncomingOn: day.nullable(),
  }),
  latestCheckin: checkin.nullable(),
  latestFullCheck: checkin.nullable(),
  firstContact: z.object({ sentAt: instant, outcome: z.enum(sets.replyOutcomes).nullable() }).nullable(),
  outings: z.object({ count: z.number(), firstOn: day.nullable() }),
  talk: z.object({ on: day, outcome: z.enum(sets.talkOutcomes) }).nullable(),
  movedOnAt: instant.nullable(),
  signals: z.object({
    open: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(signalKinds),
        source: z.enum(signalSources),
        tier: z.string(),
        foundAt: instant,
      }),
    ),
    selfHarmOpen: z.boolean(),
    abuseConfirmed: z.boolean(),
    lastAbuseAt: instant.nullable(),
  }),
});
