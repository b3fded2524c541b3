import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { importRoutes } from './features/account/import.ts';
import { accountRoutes } from './features/account/routes.ts';
import { activityRoutes } from './features/activities/routes.ts';
import { authRoutes } from './features/auth/routes.ts';
import { checkRoutes } from './features/check/routes.ts';
import { checkinRoutes } from './features/checkins/routes.ts';
import { contactRoutes } from './features/contacts/routes.ts';
import { emailRoutes } from './features/email/routes.ts';
import { firstContactRoutes } from './features/first-contact/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { journalRoutes } from './features/journal/routes.ts';
import { letterRoutes } from './features/letter/routes.ts';
import { noContactRoutes } from './features/no-contact/routes.ts';
import { outingRoutes } from './features/outings/routes.ts';
import { programRoutes } from './features/program/routes.ts';
import { pushRoutes } from './features/push/routes.ts';
import { reflectRoutes } from './features/reflect/routes.ts';
import { reminderRoutes } from './features/reminders/routes.ts';
import { resourcesRoutes } from './features/resources/routes.ts';
import { safetyRoutes } from './features/safety/routes.ts';
import { safetyPlanRoutes } from './features/safety-plan/routes.ts';
import { talkRoutes } from './features/talk/routes.ts';
import { urgeRoutes } from './features/urges/routes.ts';
import { fail } from './http/api-error.ts';
import type { AppEnv, Deps } from './http/env.ts';
import { errorResponse, onError } from './http/on-error.ts';
import { requestLog } from './http/request-log.ts';
import { sameOrigin } from './http/same-origin.ts';
import { securityHeaders } from './http/security-headers.ts';
import { webApp } from './http/web-app.ts';

/** Bodies are capped at 1 MB; importing a whole export may be larger. */
function limitBody(maxMb: number) {
  return bodyLimit({
    maxSize: maxMb * 1024 * 1024,
    // The rest of the body is never read, so the connection cannot be reused: say so.
    onError: (c) => errorResponse(c, fail('body_too_large', { maxMb })),
  });
}
const smallBody = limitBody(1);
const importBody = limitBody(25);

/** The whole HTTP surface: API under /api, the web app everywhere else. */
export function createApp(deps: Deps) {
  const api = new Hono<AppEnv>()
    // GET and HEAD bodies are never read; asking for one would also make @hono/node-server build a
    // full fetch Request for every page view (a third of a bare request's cost).
    .use((c, next) => {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
      return (c.req.path === '/api/import' ? importBody : smallBody)(c, next);
    })
    .use(sameOrigin({ publicOrigin: deps.config.publicOrigin }))
    // API answers are personal unless a route says otherwise (the public help lines): no browser
    // or proxy may keep a copy of someone's journal or program.
    .use(async (c, next) => {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
    })
    .route('/', healthRoutes)
    .route('/auth', authRoutes)
    .route('/', accountRoutes)
    .route('/', programRoutes)
    .route('/', reflectRoutes)
    .route('/', resourcesRoutes(deps.resources))
    .route('/', noContactRoutes)
    .route('/urges', urgeRoutes)
    .route('/contacts', contactRoutes)
    .route('/checkins', checkinRoutes)
    .route('/', letterRoutes)
    .route('/activities', activityRoutes)
    .route('/', firstContactRoutes)
    .route('/outings', outingRoutes)
    .route('/', talkRoutes)
    .route('/', checkRoutes)
    .route('/journal', journalRoutes)
    .route('/', safetyPlanRoutes)
    .route('/', safetyRoutes)
    .route('/', importRoutes)
    .route('/', reminderRoutes)
    .route('/', pushRoutes)
    .route('/', emailRoutes);

  const app = new Hono<AppEnv>();
  app.use(requestLog(deps));
  app.use(securityHeaders({ hsts: deps.config.secureCookies }));
  app.route('/api', api);
  // Unknown API paths answer JSON 404 (below), not the web app's index.html.
  app.all('/api/*', (c) => c.notFound());
  app.route('/', webApp(deps.config.webDir));
  app.notFound((c) => errorResponse(c, fail('route_not_found', { method: c.req.method, path: c.req.path })));
  app.onError(onError);
  return app;
}
