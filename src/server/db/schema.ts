import { relations, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  activityCategories,
  answers,
  channels,
  contactKinds,
  darkThoughtAnswers,
  decisions,
  endings,
  limitedContactReasons,
  pronounsList,
  reasons,
  replyOutcomes,
  scenarios,
  talkOutcomes,
  togetherOptions,
  triggers,
  warmths,
  whoseParts,
} from '../../core/program/facts.ts';
import { deliveryStatuses, reminderChannels, reminderKinds } from '../../core/reminders/kinds.ts';
import { signalAnswers, signalKinds, signalSources } from '../../core/safety/signals.ts';

/**
 * One schema for both drivers (PGlite and PostgreSQL). Keep to what PostgreSQL 15 has.
 * Every table a person owns has a `user_id` column that cascades on delete: delete-account and
 * the export are derived from that (see owned-tables.ts), so a new feature joins them for free.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const owner = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });
/** A calendar day (`YYYY-MM-DD`) in the person's time zone. */
const day = (name: string) => date(name, { mode: 'string' });
/** Enumerations are text with a CHECK: adding a value later is a plain migration. */
const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
const choiceOf = <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
  text(name, { enum: values });

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored trimmed and lower-cased; unique. */
  email: text('email').notNull().unique('users_email_unique'),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
  /** When the address was confirmed from a link in an email; until then nothing else is emailed. */
  emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
  /**
   * Bumped after every write the person makes: the facts kept for their Today (FactsCache) are
   * used only while this has not moved, on any server process.
   */
  factsVersion: integer('facts_version').notNull().default(0),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the opaque token; the token itself is only ever in the person's cookie. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId), index('sessions_last_seen_at_idx').on(t.lastSeenAt)],
);

/**
 * A one-time link for someone who forgot their password, made by the operator (`rekindle user
 * reset-link`). Only the token's SHA-256 is kept; one per person, so a new link replaces the old
 * one; it ends when used or at `expires_at`. Not exported; deleted with the account.
 */
export const passwordResetTokens = pgTable('password_reset_tokens', {
  userId: owner().primaryKey(),
  tokenHash: text('token_hash').notNull().unique('password_reset_tokens_token_hash_unique'),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/**
 * The first answer to a write sent with an `Idempotency-Key` header (http/idempotency.ts), so a
 * device that sends it again (its outbox, after the network dropped the answer) gets that answer
 * back instead of a second entry. Keyed per person; `request_hash` is the SHA-256 of method, path
 * and body, so the same key with another body is refused. `status` is null while the first
 * request is still running. Kept a day or two; not exported; deleted with the account.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: owner(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    body: text('body'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    index('idempotency_keys_created_at_idx').on(t.createdAt),
  ],
);

/** Fixed-window counters for rate limits, shared by every server process on one database. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    /** A hashed key such as "login-account:<sha256(email)>"; never a raw address or email. */
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index('rate_limits_window_start_idx').on(t.windowStart),
  ],
);

/** Onboarding: one program per person. Its stage is never stored; core derives it. */
export const programs = pgTable(
  'programs',
  {
    userId: owner().primaryKey(),
    scenario: choiceOf('scenario', scenarios).notNull(),
    exName: text('ex_name').notNull(),
    exPronouns: choiceOf('ex_pronouns', pronounsList).notNull(),
    endedOn: day('ended_on').notNull(),
    lastContactOn: day('last_contact_on').notNull(),
    timeZone: text('time_zone').notNull(),
    together: choiceOf('together', togetherOptions),
    ending: choiceOf('ending', endings),
    onOff: boolean('on_off').notNull().default(false),
    limitedContact: choiceOf('limited_contact', limitedContactReasons),
    /** "Move on" chosen by the person; null when not chosen or undone. */
    movedOnAt: timestamp('moved_on_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  () => [
    check('programs_scenario_check', oneOf('scenario', scenarios)),
    check('programs_ex_pronouns_check', oneOf('ex_pronouns', pronounsList)),
    check('programs_together_check', oneOf('together', togetherOptions)),
    check('programs_ending_check', oneOf('ending', endings)),
    check('programs_limited_contact_check', oneOf('limited_contact', limitedContactReasons)),
  ],
);

/** Stage 1 answers. The safety confirmation is recorded here, with its time. */
export const reflections = pgTable(
  'reflections',
  {
    userId: owner().primaryKey(),
    reason: choiceOf('reason', reasons),
    selfWork: text('self_work'),
    treatedWell: choiceOf('treated_well', answers),
    feltGood: choiceOf('felt_good', answers),
    feltSafe: choiceOf('felt_safe', answers),
    decision: choiceOf('decision', decisions),
    safetyConfirmedAt: timestamp('safety_confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  () => [
    check('reflections_reason_check', oneOf('reason', reasons)),
    check('reflections_treated_well_check', oneOf('treated_well', answers)),
    check('reflections_felt_good_check', oneOf('felt_good', answers)),
    check('reflections_felt_safe_check', oneOf('felt_safe', answers)),
    check('reflections_decision_check', oneOf('decision', decisions)),
  ],
);

/** Stage 1: the problems of the relationship, in the person's order. */
export const problems = pgTable(
  'problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    text: text('text').notNull(),
    whosePart: choiceOf('whose_part', whoseParts).notNull(),
    fixable: boolean('fixable').notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('problems_user_position_idx').on(t.userId, t.position),
    check('problems_whose_part_check', oneOf('whose_part', whoseParts)),
  ],
);

/** Stage 3: contact logged honestly. A slip restarts no contact; necessary and incoming do not. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    kind: choiceOf('kind', contactKinds).notNull(),
    on: day('on_day').notNull(),
    channel: choiceOf('channel', channels).notNull(),
    warmth: choiceOf('warmth', warmths),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('contacts_user_kind_on_idx').on(t.userId, t.kind, t.on),
    check('contacts_kind_check', oneOf('kind', contactKinds)),
    check('contacts_channel_check', oneOf('channel', channels)),
    check('contacts_warmth_check', oneOf('warmth', warmths)),
    check('contacts_warmth_incoming_check', sql`(kind = 'incoming') = (warmth is not null)`),
  ],
);

/** Stage 3: a craving to reach out, with the unsent draft (never sent anywhere). */
export const urges = pgTable(
  'urges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    intensity: integer('intensity').notNull(),
    trigger: choiceOf('trigger', triggers).notNull(),
    draft: text('draft'),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('urges_user_at_idx').on(t.userId, t.at),
    check('urges_intensity_check', sql`intensity between 0 and 10`),
    check('urges_trigger_check', oneOf('trigger', triggers)),
  ],
);

/** Stage 5: emotion check-ins. One that answers "do I want them back?" is a full check. */
export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    mood: integer('mood').notNull(),
    sad: integer('sad').notNull(),
    desperate: integer('desperate').notNull(),
    steady: integer('steady').notNull(),
    wantBack: choiceOf('want_back', decisions),
    /** The optional question: thoughts of being better off dead or of ending one's life lately. */
    darkThoughts: choiceOf('dark_thoughts', darkThoughtAnswers),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('checkins_user_at_idx').on(t.userId, t.at),
    // The latest full check is found without stepping over the everyday check-ins.
    index('checkins_user_full_at_idx').on(t.userId, t.at).where(sql`want_back is not null`),
    check(
      'checkins_scores_check',
      sql`mood between 1 and 10 and sad between 0 and 10 and desperate between 0 and 10 and steady between 0 and 10`,
    ),
    check('checkins_want_back_check', oneOf('want_back', decisions)),
    check('checkins_dark_thoughts_check', oneOf('dark_thoughts', darkThoughtAnswers)),
  ],
);

/** Stage 3: the no-contact rules the person has ticked. */
export const noContactRules = pgTable('no_contact_rules', {
  userId: owner().primaryKey(),
  stoppedMessaging: boolean('stopped_messaging').notNull().default(false),
  mutedSocial: boolean('muted_social').notNull().default(false),
  noCalls: boolean('no_calls').notNull().default(false),
  noMeetups: boolean('no_meetups').notNull().default(false),
  updatedAt: updatedAt(),
});

/** Stage 2 (i_ended): the one apology letter; sending it starts no contact. */
export const letters = pgTable('letters', {
  userId: owner().primaryKey(),
  text: text('text').notNull(),
  sentOn: day('sent_on'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Earlier versions of the letter, kept when it is edited. */
export const letterVersions = pgTable(
  'letter_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    text: text('text').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('letter_versions_user_idx').on(t.userId, t.savedAt)],
);

/** Stage 4: things done for yourself. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    category: choiceOf('category', activityCategories).notNull(),
    what: text('what').notNull(),
    on: day('on_day').notNull(),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('activities_user_on_idx').on(t.userId, t.on),
    check('activities_category_check', oneOf('category', activityCategories)),
  ],
);

/** Stage 6: the one first message, and how they responded. */
export const firstContacts = pgTable(
  'first_contacts',
  {
    userId: owner().primaryKey(),
    text: text('text').notNull(),
    channel: choiceOf('channel', channels).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    outcome: choiceOf('outcome', replyOutcomes),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  () => [
    check('first_contacts_channel_check', oneOf('channel', channels)),
    check('first_contacts_outcome_check', oneOf('outcome', replyOutcomes)),
  ],
);

/** Stage 7: light time together. */
export const outings = pgTable(
  'outings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    on: day('on_day').notNull(),
    what: text('what').notNull(),
    feeling: integer('feeling').notNull(),
    keptLight: boolean('kept_light').notNull(),
    pushedNextPlan: boolean('pushed_next_plan').notNull(),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('outings_user_on_idx').on(t.userId, t.on),
    check('outings_feeling_check', sql`feeling between 1 and 5`),
  ],
);

/** Stage 8: each talk held, with its outcome; the latest one counts. */
export const talks = pgTable(
  'talks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    on: day('on_day').notNull(),
    outcome: choiceOf('outcome', talkOutcomes).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('talks_user_on_idx').on(t.userId, t.on, t.createdAt),
    check('talks_outcome_check', oneOf('outcome', talkOutcomes)),
  ],
);

/** Stage 8 preparation: for each problem, what has changed and what both could do differently. */
export const talkNotes = pgTable('talk_notes', {
  problemId: uuid('problem_id')
    .primaryKey()
    .references(() => problems.id, { onDelete: 'cascade' }),
  userId: owner(),
  changed: text('changed'),
  differently: text('differently'),
  updatedAt: updatedAt(),
});

/** Stage 4: a private journal (reflecting helps healing). Screened for safety like every text. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    prompt: text('prompt'),
    text: text('text').notNull(),
    /** When it was written: a write kept on the device while offline arrives later than this. */
    at: timestamp('at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('journal_entries_user_at_idx').on(t.userId, t.at)],
);

export const programRelations = relations(programs, ({ one, many }) => ({
  reflection: one(reflections, { fields: [programs.userId], references: [reflections.userId] }),
  problems: many(problems),
}));

export const problemRelations = relations(problems, ({ one }) => ({
  program: one(programs, { fields: [problems.userId], references: [programs.userId] }),
}));

/**
 * What the safety screen found in something a person wrote: which kind (self-harm, abuse), the
 * concept tier, and which entry, never a copy of the text. Deleting or rewriting the entry
 * removes its signal; the person's answer ("that's not what I meant", "it was my ex") is kept
 * with it. Not exported: an import screens the imported texts again.
 */
export const safetySignals = pgTable(
  'safety_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    source: choiceOf('source', signalSources).notNull(),
    /** The entry's id, or the source's name for one-per-person texts (the reflection). */
    entryId: text('entry_id').notNull(),
    kind: choiceOf('kind', signalKinds).notNull(),
    tier: text('tier').notNull(),
    detectorVersion: integer('detector_version').notNull(),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull(),
    answer: choiceOf('answer', signalAnswers),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('safety_signals_entry_kind_idx').on(t.userId, t.source, t.entryId, t.kind),
    index('safety_signals_user_kind_idx').on(t.userId, t.kind, t.answer),
    check('safety_signals_source_check', oneOf('source', signalSources)),
    check('safety_signals_kind_check', oneOf('kind', signalKinds)),
    check('safety_signals_answer_check', oneOf('answer', signalAnswers)),
    check('safety_signals_answered_check', sql`(answer is null) = (answered_at is null)`),
  ],
);

/** The detector version every stored text has been screened with (one row; see rescreen.ts). */
export const safetyScreening = pgTable('safety_screening', {
  id: integer('id').primaryKey(),
  detectorVersion: integer('detector_version').notNull(),
  screenedAt: timestamp('screened_at', { withTimezone: true }).notNull(),
});

/** A safety plan in the person's own words (Stanley–Brown structure). One per person. */
export const safetyPlans = pgTable('safety_plans', {
  userId: owner().primaryKey(),
  warningSigns: text('warning_signs'),
  onMyOwn: text('on_my_own'),
  distractions: text('distractions'),
  askForHelp: text('ask_for_help'),
  professionals: text('professionals'),
  saferSpace: text('safer_space'),
  reasonsToLive: text('reasons_to_live'),
  updatedAt: updatedAt(),
});

/**
 * A person's reminder settings (shared/api/reminders.ts checks them on every write and import).
 * Exported. Made when the program is created; an import replaces it.
 */
export const reminderSettings = pgTable('reminder_settings', {
  userId: owner().primaryKey(),
  settings: jsonb('settings').notNull(),
  updatedAt: updatedAt(),
});

/**
 * When the worker next looks at a person (their next reminder slot; null: nothing switched on),
 * and up to when their reminders have been worked out. Server bookkeeping: not exported.
 */
export const reminderSchedules = pgTable(
  'reminder_schedules',
  {
    userId: owner().primaryKey(),
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    plannedUntil: timestamp('planned_until', { withTimezone: true }).notNull(),
  },
  (t) => [index('reminder_schedules_next_due_at_idx').on(t.nextDueAt)],
);

/**
 * A reminder that fell due: the in-app list shows those with `in_app`; push and email carry it
 * through `deliveries`. One per person, kind, subject and day, however many workers plan it.
 * Not exported (the server made it); deleted with the account.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    kind: choiceOf('kind', reminderKinds).notNull(),
    subject: text('subject').notNull(),
    day: day('day').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link').notNull(),
    inApp: boolean('in_app').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_key_idx').on(t.userId, t.kind, t.subject, t.day),
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    check('notifications_kind_check', oneOf('kind', reminderKinds)),
  ],
);

/**
 * One notification sent through one channel (push or email). `key` is
 * person:kind:subject:day:channel, so planning twice cannot make two; an email's Message-ID is
 * derived from it. A worker claims due rows (FOR UPDATE SKIP LOCKED) by setting `lease_until`;
 * one that crashed before recording the send is claimed again once the lease has passed.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    key: text('key').primaryKey(),
    userId: owner(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    channel: choiceOf('channel', reminderChannels).notNull(),
    status: choiceOf('status', deliveryStatuses).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    staleAt: timestamp('stale_at', { withTimezone: true }).notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** A short code for why the last try failed (never an address or a text). */
    lastError: text('last_error'),
  },
  (t) => [
    index('deliveries_due_idx').on(t.status, t.notBefore),
    index('deliveries_user_idx').on(t.userId),
    check('deliveries_channel_check', oneOf('channel', reminderChannels)),
    check('deliveries_status_check', oneOf('status', deliveryStatuses)),
  ],
);

/** A browser's push subscription (Web Push). Not exported: it belongs to one device. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    endpoint: text('endpoint').notNull().unique('push_subscriptions_endpoint_unique'),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('push_subscriptions_user_idx').on(t.userId)],
);

/**
 * Links sent by email to confirm an address (SHA-256 of the token only). Not exported.
 */
export const emailTokens = pgTable(
  'email_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: owner(),
    email: text('email').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('email_tokens_user_idx').on(t.userId)],
);

/**
 * Keys the server makes once and every server process shares (the VAPID key pair, the secret
 * that signs unsubscribe links): the first process to start inserts them, the rest read them.
 */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});
