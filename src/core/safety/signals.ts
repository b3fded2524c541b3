/**
 * Safety signals: what the screen found in something a person wrote, recorded as a fact
 * (kind, tier, which entry) and never as a copy of the text.
 */

/** Every place a person writes free text; each is screened when it is written. */
export const signalSources = [
  'journal',
  'urge',
  'contact',
  'problem',
  'reflection',
  'letter',
  'activity',
  'outing',
  'checkin',
  'first_contact',
  'talk_note',
] as const;
export type SignalSource = (typeof signalSources)[number];

export const signalKinds = ['self_harm', 'abuse'] as const;
export type SignalKind = (typeof signalKinds)[number];

/**
 * The person's answer to a signal. Self-harm: `safe_now` (seen the help, safe for now) or
 * `not_meant`; either stops pinning that signal, never the help link. Abuse: `yes` (this
 * happened with my ex: a safety concern, as "felt safe: no" is) or `not_meant`.
 */
export const signalAnswers = ['not_meant', 'safe_now', 'yes'] as const;
export type SignalAnswer = (typeof signalAnswers)[number];

/** Which answers each kind accepts. */
export const answersFor: Record<SignalKind, readonly SignalAnswer[]> = {
  self_harm: ['not_meant', 'safe_now'],
  abuse: ['not_meant', 'yes'],
};

/** Days after which the choice to continue despite a safety concern is asked for again. */
export const safetyOverrideDays = 30;

/**
 * The tier the emotion check's "have you had thoughts of ending your life?" records when answered
 * yes: the person told us directly, which no text tier describes (and "not what I meant" does not fit).
 */
export const askedTier = 'asked';
