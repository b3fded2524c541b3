import type { z } from 'zod';
import type { CheckResult } from '../../core/checker/check.ts';
import type {
  changePasswordSchema,
  credentialsSchema,
  deleteAccountSchema,
  Me,
  resetPasswordSchema,
  signupSchema,
} from './auth.ts';
import type { checkSchema } from './check.ts';
import type { AuthOptions } from './email.ts';
import type {
  Checkin,
  Contact,
  checkinPatchSchema,
  checkinSchema,
  contactPatchSchema,
  contactSchema,
  NoContactRules,
  Progress,
  rulesSchema,
  Urge,
  urgePatchSchema,
  urgeSchema,
} from './no-contact.ts';
import type {
  outcomeSchema,
  Problem,
  Program,
  problemPatchSchema,
  problemSchema,
  programSchema,
  reflectionSchema,
  safetyConfirmationSchema,
  Today,
} from './program.ts';
import type {
  emailTokenSchema,
  markReadSchema,
  NotificationsResponse,
  pushSubscriptionSchema,
  pushUnsubscribeSchema,
  RemindersResponse,
  reminderSettingsSchema,
  resetRequestSchema,
} from './reminders.ts';
import type { ResourcesAnswer } from './resources.ts';
import type {
  Activity,
  activityPatchSchema,
  activitySchema,
  FirstContact,
  firstContactOutcomeSchema,
  firstContactSchema,
  JournalEntry,
  journalPatchSchema,
  journalSchema,
  Letter,
  letterSchema,
  letterSentSchema,
  Outing,
  outingPatchSchema,
  outingSchema,
  TalkNote,
  talkNoteSchema,
  talkSchema,
} from './road.ts';
import type { SafetySignal, signalAnswerSchema } from './safety.ts';
import type { SafetyPlan, safetyPlanSchema } from './safety-plan.ts';

/**
 * Every API route (under /api) as the server registers it, with what it takes and what it answers:
 * the one contract the web client is typed from (web/api/client.ts), checked against the server's
 * route table by tests/integration/route-map.test.ts. A body is a shared zod schema's input (the
 * server parses it with that schema); an answer of `void` has no body (204, 202).
 *
 * Only types reach the browser: the web imports this file with `import type`, so no schema here
 * adds to its bundle.
 */
export type Route<Body, Answer> = { readonly body?: Body; readonly answer?: Answer };

/** A route taking `Schema`'s input (none when undefined) and answering `Answer`. */
const route = <Answer, Schema extends z.ZodType | undefined = undefined>(): Route<
  Schema extends z.ZodType ? z.input<Schema> : undefined,
  Answer
> => ({});

/**
 * The five routes of a list of owned entries (server/http/crud.ts), each under the list's path:
 * `GET ` is `GET /urges`, `GET /:id` is `GET /urges/:id`. Deleting answers 204.
 */
const entries = <Entry, Schema extends z.ZodType, Patch extends z.ZodType>() => ({
  'GET ': route<Entry[]>(),
  'POST ': route<Entry, Schema>(),
  'GET /:id': route<Entry>(),
  'PATCH /:id': route<Entry, Patch>(),
  'DELETE /:id': route<void>(),
});
const lists = {
  '/urges': entries<Urge, typeof urgeSchema, typeof urgePatchSchema>(),
  '/contacts': entries<Contact, typeof contactSchema, typeof contactPatchSchema>(),
  '/checkins': entries<Checkin, typeof checkinSchema, typeof checkinPatchSchema>(),
  '/activities': entries<Activity, typeof activitySchema, typeof activityPatchSchema>(),
  '/outings': entries<Outing, typeof outingSchema, typeof outingPatchSchema>(),
  '/journal': entries<JournalEntry, typeof journalSchema, typeof journalPatchSchema>(),
};
type Lists = typeof lists;
type Under<List extends string, Key> = Key extends `${infer M} ${infer Rest}` ? `${M} ${List}${Rest}` : never;
const under = (list: string, key: string) => key.replace(' ', ` ${list}`);

/** Every field of `T` present, `undefined` read as `null` (how a saved row comes back). */
type Saved<T> = { [K in keyof T]-?: Exclude<T[K], undefined> | null };

/** `GET /api/reflection`: the answers as saved (each one of the schema's choices, or null). */
export type Reflection = Saved<z.output<typeof reflectionSchema>> & { safetyConfirmedAt: string | null };

/** `GET /api/export`: every row the account owns, table by table (an import takes it back). */
export type AccountExport = {
  format: 'rekindle-export';
  version: 1;
  exportedAt: string;
  account?: { id: string; email: string; createdAt: string };
  tables: Record<string, unknown[]>;
};

/** `POST /api/push/subscriptions`: how many devices the person now has subscribed. */
export type PushSubscribed = { subscriptions: number };

/** The routes that are not lists of owned entries. */
const routes = {
  'GET /health': route<{ ok: true }>(),
  'POST /auth/signup': route<Me, typeof signupSchema>(),
  'POST /auth/login': route<Me, typeof credentialsSchema>(),
  'POST /auth/reset': route<void, typeof resetPasswordSchema>(),
  'GET /auth/options': route<AuthOptions>(),
  'POST /auth/reset-request': route<void, typeof resetRequestSchema>(),
  'POST /auth/logout': route<void>(),
  'GET /session': route<{ user: Me | null }>(),
  'GET /me': route<Me>(),
  'GET /export': route<AccountExport>(),
  'DELETE /account': route<void, typeof deleteAccountSchema>(),
  'POST /account/password': route<{ ok: true }, typeof changePasswordSchema>(),
  'POST /account/sign-out-everywhere': route<void>(),
  // An export file, whatever it holds: the server checks every row (features/account/import.ts).
  'POST /import': route<{ imported: number }, z.ZodUnknown>(),

  'GET /program': route<Program>(),
  'PUT /program': route<Program, typeof programSchema>(),
  'GET /today': route<Today>(),
  'PUT /outcome': route<z.output<typeof outcomeSchema>, typeof outcomeSchema>(),
  'GET /reflection': route<Reflection>(),
  'PUT /reflection': route<Reflection, typeof reflectionSchema>(),
  'POST /safety-confirmation': route<Reflection, typeof safetyConfirmationSchema>(),
  'GET /problems': route<Problem[]>(),
  'POST /problems': route<Problem, typeof problemSchema>(),
  'GET /problems/:id': route<Problem>(),
  'PATCH /problems/:id': route<Problem, typeof problemPatchSchema>(),
  'DELETE /problems/:id': route<void>(),
  'GET /resources': route<ResourcesAnswer>(),

  'GET /no-contact/rules': route<NoContactRules>(),
  'PUT /no-contact/rules': route<NoContactRules, typeof rulesSchema>(),
  'GET /progress': route<Progress>(),

  'GET /letter': route<Letter>(),
  'PUT /letter': route<Letter, typeof letterSchema>(),
  'POST /letter/sent': route<Letter, typeof letterSentSchema>(),
  'GET /first-contact': route<FirstContact>(),
  'POST /first-contact': route<FirstContact, typeof firstContactSchema>(),
  'PATCH /first-contact': route<FirstContact, typeof firstContactOutcomeSchema>(),
  'GET /talk/notes': route<TalkNote[]>(),
  'PUT /talk/notes/:id': route<Omit<TalkNote, 'text'>, typeof talkNoteSchema>(),
  'POST /talk': route<z.output<typeof talkSchema>, typeof talkSchema>(),
  'DELETE /talk/latest': route<void>(),

  'POST /check': route<CheckResult, typeof checkSchema>(),
  'GET /safety-plan': route<SafetyPlan>(),
  'PUT /safety-plan': route<SafetyPlan, typeof safetyPlanSchema>(),
  'POST /safety/signals/:id/answer': route<SafetySignal, typeof signalAnswerSchema>(),

  'GET /reminders': route<RemindersResponse>(),
  'PUT /reminders': route<RemindersResponse, typeof reminderSettingsSchema>(),
  'GET /notifications': route<NotificationsResponse>(),
  'POST /notifications/:id/read': route<void>(),
  'POST /notifications/read': route<void, typeof markReadSchema>(),
  'GET /push/key': route<{ publicKey: string }>(),
  'POST /push/subscriptions': route<PushSubscribed, typeof pushSubscriptionSchema>(),
  'DELETE /push/subscriptions': route<void, typeof pushUnsubscribeSchema>(),
  'POST /email/confirmation': route<void>(),
  'POST /email/confirm': route<void, typeof emailTokenSchema>(),
  // The signed token comes in the query (?token=), as one-click unsubscribe (RFC 8058) sends it.
  'POST /email/unsubscribe': route<void>(),
};

type ListRoute = { [L in keyof Lists]: { [K in keyof Lists[L]]: [L, K] }[keyof Lists[L]] }[keyof Lists];
export type Routes = typeof routes & { [R in ListRoute as Under<R[0], R[1]>]: Lists[R[0]][R[1]] };
export type RouteKey = keyof Routes;

/** Every route in the map, as `METHOD /path` (the route map's test reads it). */
export const routeKeys: string[] = [
  ...Object.keys(routes),
  ...Object.entries(lists).flatMap(([list, five]) => Object.keys(five).map((key) => under(list, key))),
];
export type Method = RouteKey extends `${infer M} ${string}` ? M : never;

/** `/problems/:id` as the paths it stands for: `/problems/${string}`. */
type Filled<Pattern extends string> = Pattern extends `${infer Head}:${string}/${infer Tail}`
  ? `${Head}${string}/${Filled<Tail>}`
  : Pattern extends `${infer Head}:${string}`
    ? `${Head}${string}`
    : Pattern;
/** A route's paths, with a query string or without. */
type PathsOf<K> = K extends `${string} ${infer Pattern}`
  ? Filled<Pattern> | `${Filled<Pattern>}?${string}`
  : never;
type MethodOf<K> = K extends `${infer M} ${string}` ? M : never;

/** Every path `method` may be sent to. */
export type ApiPath<M extends Method> = {
  [K in RouteKey]: MethodOf<K> extends M ? PathsOf<K> : never;
}[RouteKey];

/** The route (or, for a path that fits several, the routes) `method path` reaches. */
type Reached<M extends Method, P extends string> = {
  [K in RouteKey]: MethodOf<K> extends M ? (P extends PathsOf<K> ? K : never) : never;
}[RouteKey];

/** What route `K` answers. */
export type AnswerOf<K extends RouteKey> = Routes[K] extends Route<unknown, infer A> ? A : never;

/** What `method path` answers. */
export type Answer<M extends Method, P extends string> =
  Routes[Reached<M, P>] extends Route<unknown, infer A> ? A : never;
/** What `method path` takes (undefined: no body). */
export type Body<M extends Method, P extends string> =
  Routes[Reached<M, P>] extends Route<infer B, unknown> ? B : never;
