import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv, Deps } from './env.ts';

/**
 * Gives each request an id (echoed as X-Request-Id) and a child logger, and logs one line when
 * it ends: method, route pattern (`/api/journal/:id`, never the path itself, which could hold a
 * token or what someone typed), status, duration. Never bodies, queries, cookies or headers.
 */
export function requestLog(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    const log = deps.log.child({ requestId });
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('log', log);
    await next();
    // On the response's headers directly: `c.header()` after the handler would rebuild the whole
    // response as a fetch Response, most of a small request's cost.
    c.res.headers.set('X-Request-Id', requestId);
    if (c.req.path.startsWith('/api/')) {
      log.info(
        {
          method: c.req.method,
          route: routePath(c),
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  };
}
