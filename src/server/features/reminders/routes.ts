import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';

/** Reminder settings and the notification list (to be built). */
export const reminderRoutes = new Hono<AppEnv>();
