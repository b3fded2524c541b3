import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';

/** Email confirmation, reset by email and one-click unsubscribe (to be built). */
export const emailRoutes = new Hono<AppEnv>();
