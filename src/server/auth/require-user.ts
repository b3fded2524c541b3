import type { MiddlewareHandler } from 'hono';
import { fail } from '../http/api-error.ts';
import type { AppEnv } from '../http/env.ts';
import { readSession } from './sessions.ts';

/** Every route behind this sees `c.get('user')`; without a live session the answer is 401. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = await readSession(c);
  if (!user) throw fail('not_signed_in');
  c.set('user', user);
  await next();
};
