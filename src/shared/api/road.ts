import { z } from 'zod';
import { activityCategories, channels, replyOutcomes, talkOutcomes } from '../../core/program/facts.ts';
import { choice, cleanString, daySchema, instantSchema, optionalText, textSchema } from './fields.ts';
import { textLimits } from './limits.ts';

/** PUT /api/letter: the draft, saved as it is written. */
export const letterSchema = z.strictObject({
  text: cleanString('Send the letter as text.').max(
    textLimits.letter,
    `Keep the letter under ${textLimits.letter.toLocaleString('en')} characters.`,
  ),
});
/** POST /api/letter/sent: once; no contact starts that day. */
export const letterSentSchema = z.strictObject({ on: daySchema('the day you sent it') });
export type Letter = { text: string; sentOn: string | null; versions: number };

export const activitySchema = z.strictObject({
  category: choice(activityCategories, 'a kind of activity'),
  what: textSchema('what you did', textLimits.whatYouDid),
  on: daySchema('the day you did it'),
  note: optionalText('the note', textLimits.note),
});
export const activityPatchSchema = activitySchema.partial();
export type ActivityInput = z.infer<typeof activitySchema>;
export type Activity = {
  id: string;
  category: (typeof activityCategories)[number];
  what: string;
  on: string;
  note: string | null;
};

/** POST /api/first-contact: the one message, sent by the person themselves. */
export const firstContactSchema = z.strictObject({
  text: textSchema('the message you sent', textLimits.message),
  channel: choice(channels, 'how you sent it'),
  sentAt: instantSchema,
});
export const firstContactOutcomeSchema = z.strictObject({
  outcome: choice(replyOutcomes, 'how they responded'),
});
export type FirstContact = {
  text: string;
  channel: (typeof channels)[number];
  sentAt: string;
  outcome: (typeof replyOutcomes)[number] | null;
};

export const outingSchema = z.strictObject({
  on: daySchema('the day you met'),
  what: textSchema('what you did', textLimits.whatYouDid),
  feeling: z
    .int({ error: 'Give how it felt from 1 to 5.' })
    .min(1, 'Give how it felt from 1 to 5.')
    .max(5, 'Give how it felt from 1 to 5.'),
  keptLight: z.boolean({ error: 'Say whether you kept it light (true or false).' }),
  pushedNextPlan: z.boolean({ error: 'Say whether you pushed for a next plan (true or false).' }),
  note: optionalText('the note', textLimits.note),
});
export const outingPatchSchema = outingSchema.partial();
export type OutingInput = z.infer<typeof outingSchema>;
export type Outing = OutingInput & { id: string; note: string | null };

export const talkSchema = z.strictObject({
  on: daySchema('the day of the talk'),
  outcome: choice(talkOutcomes, 'how it went'),
});

/** PUT /api/talk/notes/:problemId: the preparation sheet, one problem at a time. */
export const talkNoteSchema = z.strictObject({
  changed: optionalText('what has changed', textLimits.talkNote),
  differently: optionalText('what you could do differently', textLimits.talkNote),
});
export type TalkNote = {
  problemId: string;
  text: string;
  changed: string | null;
  differently: string | null;
};

export const journalSchema = z.strictObject({
  text: textSchema('your entry', textLimits.journalEntry),
  prompt: optionalText('the prompt', textLimits.journalPrompt),
  /** When it was written (an entry kept on the device while offline is sent later); the server's now if left out. */
  at: instantSchema.optional(),
});
export const journalPatchSchema = journalSchema.partial();
/** GET /api/journal?q=word: a search term, matched literally; longer terms are cut at 200 characters. */
export const journalQuerySchema = z.object({
  q: cleanString('Search for words.')
    .trim()
    .transform((q) => q.slice(0, 200))
    .optional(),
});
export type JournalInput = z.infer<typeof journalSchema>;
export type JournalEntry = {
  id: string;
  text: string;
  prompt: string | null;
  /** When it was written. */
  at: string;
  createdAt: string;
};
