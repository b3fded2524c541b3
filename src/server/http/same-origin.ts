import type { MiddlewareHandler } from 'hono';
import { fail } from './api-error.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie-authenticated writes. A browser always sends `Origin` (and modern
 * ones `Sec-Fetch-Site`) on unsafe requests; a write from another site is refused. A request
 * with neither header does not come from a browser, so it carries no one's ambient cookie
 * (the same rule as Go's http.CrossOriginProtection); such clients (curl, scripts) may write.
 */
export function sameOrigin(options: { publicOrigin: string | undefined }): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const allowed = options.publicOrigin ?? new URL(c.req.url).origin;
    if (origin !== undefined) {
      if (origin !== allowed) throw fail('cross_origin');
    } else if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      throw fail('cross_origin');
    }
    return next();
  };
}
