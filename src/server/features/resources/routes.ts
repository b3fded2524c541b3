import { Hono } from 'hono';
import { type Resources, resourcesQuery } from '../../../shared/api/resources.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { orderForCountry } from './order.ts';

/**
 * Public on purpose: crisis resources must be reachable without signing in. The web app sends the
 * person's country (their choice, else the browser's region); without one, the international
 * directories come first. A saved per-account choice, once there is one, would be read here when
 * `country` is absent, and the answer would then vary by session (Cache-Control must follow).
 */
export const resourcesRoutes = (resources: Resources) =>
  new Hono<AppEnv>().get('/resources', (c) => {
    const query = resourcesQuery.safeParse(c.req.query());
    if (!query.success) {
      throw fail('invalid_query', { problem: query.error.issues[0]?.message ?? 'country is not valid.' });
    }
    // The same for everyone asking with the same query string, so shared caches may keep it.
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(orderForCountry(resources, query.data.country ?? null));
  });
