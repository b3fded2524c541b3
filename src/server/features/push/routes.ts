import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';

/** The VAPID public key and this person's push subscriptions (to be built). */
export const pushRoutes = new Hono<AppEnv>();
