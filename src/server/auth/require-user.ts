import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/env.ts';
import { readSession } from './sessions.ts';

/** Every route behind this sees `c.get('user')`; without a live session the answer is 401. */
const notSignedIn = () => new ApiError(401, 'unauthenticated', 'Please sign in to continue.');

export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = await readSession(c);
  if (!user) throw notSignedIn();
  c.set('user', user);
  await next();
};
