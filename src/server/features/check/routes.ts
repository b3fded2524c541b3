import { Hono } from 'hono';
import { checkMessage } from '../../../core/checker/check.ts';
import { checkSchema } from '../../../shared/api/check.ts';
import { takeFromLimit } from '../../auth/rate-limit.ts';
import { requireUser } from '../../auth/require-user.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';

/**
 * The browser checks as you type with the same code (and its small model); this is for other
 * clients, and reads with the server's word model (core/checker/word-model.ts).
 */
const checkLimit = { name: 'check', max: 600, windowMs: 60 * 60_000 };

export const checkRoutes = new Hono<AppEnv>().post('/check', requireUser, async (c) => {
  const { db, now } = c.get('deps');
  const { text, ...context } = await readJson(c, checkSchema);
  const userId = c.get('user').id;
  await takeFromLimit(db, checkLimit, userId, now(), 'too_many_checks');
  return c.json(checkMessage(text, context));
});
