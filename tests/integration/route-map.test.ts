import type { ExtractSchema, MergeSchemaPath, Schema } from 'hono/types';
import { describe, expect, it } from 'vitest';
import type { importRoutes } from '../../src/server/features/account/import.ts';
import type { accountRoutes } from '../../src/server/features/account/routes.ts';
import type { activityRoutes } from '../../src/server/features/activities/routes.ts';
import type { authRoutes } from '../../src/server/features/auth/routes.ts';
import type { checkRoutes } from '../../src/server/features/check/routes.ts';
import type { checkinRoutes } from '../../src/server/features/checkins/routes.ts';
import type { contactRoutes } from '../../src/server/features/contacts/routes.ts';
import type { emailRoutes } from '../../src/server/features/email/routes.ts';
import type { firstContactRoutes } from '../../src/server/features/first-contact/routes.ts';
import type { healthRoutes } from '../../src/server/features/health/routes.ts';
import type { journalRoutes } from '../../src/server/features/journal/routes.ts';
import type { letterRoutes } from '../../src/server/features/letter/routes.ts';
import type { noContactRoutes } from '../../src/server/features/no-contact/routes.ts';
import type { outingRoutes } from '../../src/server/features/outings/routes.ts';
import type { programRoutes } from '../../src/server/features/program/routes.ts';
import type { pushRoutes } from '../../src/server/features/push/routes.ts';
import type { reflectRoutes } from '../../src/server/features/reflect/routes.ts';
import type { reminderRoutes } from '../../src/server/features/reminders/routes.ts';
import type { resourcesRoutes } from '../../src/server/features/resources/routes.ts';
import type { safetyRoutes } from '../../src/server/features/safety/routes.ts';
import type { safetyPlanRoutes } from '../../src/server/features/safety-plan/routes.ts';
import type { talkRoutes } from '../../src/server/features/talk/routes.ts';
import type { urgeRoutes } from '../../src/server/features/urges/routes.ts';
import { type AnswerOf, type RouteKey, routeKeys } from '../../src/shared/api/routes.ts';
import { apiRoutes } from '../support/route-table.ts';

/**
 * The route map (shared/api/routes.ts) types every call the web app makes; it is only worth that if
 * it is the server's route table. A route added, removed or renamed on one side fails here.
 */
describe('the route map and the server', () => {
  const onServer = apiRoutes().map(({ method, path }) => `${method} ${path.replace(/^\/api/, '')}`);
  const inMap = routeKeys;

  it('reads the server routes under /api (the table is not empty)', () => {
    expect(onServer).toContain('GET /today');
    expect(onServer.length).toBeGreaterThan(50);
  });

  it('has every route of the map on the server, with the same method and path', () => {
    expect(inMap.filter((route) => !onServer.includes(route))).toEqual([]);
  });

  it('has every API route of the server in the map', () => {
    expect(onServer.filter((route) => !inMap.includes(route))).toEqual([]);
  });

  // Checked by the type checker (`npm run typecheck`, which CI runs before the tests): a type
  // error on `{}` names each route concerned.
  it('answers what each route handler answers, no looser and no tighter', () => {
    const differing: Record<Exclude<Disagreeing, Known>, 'differs from its handler'> = {};
    const agreeingNow: Record<Exclude<Known, Disagreeing>, 'agrees now: take it off Known'> = {};
    expect({ ...differing, ...agreeingNow }).toEqual({});
  });
});

/**
 * Where the handler's type says less than it sends, so the map cannot equal it yet: the server
 * widens a literal (`format`, `version`, `outcome`: a `satisfies` with the map's type would keep
 * it), or declares a reflection's answers as any string (shared/api/program.ts `Reflection`), where
 * the database holds only the schema's choices.
 */
type Known =
  | 'GET /export'
  | 'PUT /outcome'
  | 'GET /reflection'
  | 'PUT /reflection'
  | 'POST /safety-confirmation';

/** Each feature's routes where app.ts mounts them under /api, typed by Hono from their handlers. */
type At<App, Prefix extends string> =
  ExtractSchema<App> extends infer S extends Schema ? MergeSchemaPath<S, Prefix> : never;
type Server = At<typeof healthRoutes, '/'> &
  At<typeof authRoutes, '/auth'> &
  At<typeof accountRoutes, '/'> &
  At<typeof programRoutes, '/'> &
  At<typeof reflectRoutes, '/'> &
  At<ReturnType<typeof resourcesRoutes>, '/'> &
  At<typeof noContactRoutes, '/'> &
  At<typeof urgeRoutes, '/urges'> &
  At<typeof contactRoutes, '/contacts'> &
  At<typeof checkinRoutes, '/checkins'> &
  At<typeof letterRoutes, '/'> &
  At<typeof activityRoutes, '/activities'> &
  At<typeof firstContactRoutes, '/'> &
  At<typeof outingRoutes, '/outings'> &
  At<typeof talkRoutes, '/'> &
  At<typeof checkRoutes, '/'> &
  At<typeof journalRoutes, '/journal'> &
  At<typeof safetyPlanRoutes, '/'> &
  At<typeof safetyRoutes, '/'> &
  At<typeof importRoutes, '/'> &
  At<typeof reminderRoutes, '/'> &
  At<typeof pushRoutes, '/'> &
  At<typeof emailRoutes, '/'>;

/** The handler's JSON answer for route `K`; undefined for no body; 'missing' for no such handler. */
type Handled<K extends RouteKey> = K extends `${infer M} ${infer P}`
  ? P extends keyof Server
    ? Server[P][`$${Lowercase<M>}` & keyof Server[P]] extends { output: infer O; outputFormat: infer F }
      ? F extends 'json'
        ? O
        : undefined
      : 'missing'
    : 'missing'
  : never;

/** `void` in the map is an answer with no body. */
type Expected<K extends RouteKey> = AnswerOf<K> extends void ? undefined : AnswerOf<K>;
type Same<A, B> = 0 extends 1 & A ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Disagreeing = { [K in RouteKey]: Same<Handled<K>, Expected<K>> extends true ? never : K }[RouteKey];
