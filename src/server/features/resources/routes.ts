import { Hono } from 'hono';
import type { Resources } from '../../../shared/api/resources.ts';
import type { AppEnv } from '../../http/env.ts';

/** Public on purpose: crisis resources must be reachable without signing in. */
export const resourcesRoutes = (resources: Resources) =>
  new Hono<AppEnv>().get('/resources', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(resources);
  });
