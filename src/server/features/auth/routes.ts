import { Hono } from 'hono';
import { credentialsSchema, type Me, signupSchema } from '../../../shared/api/auth.ts';
import { checkPasswordStrength } from '../../auth/password-policy.ts';
import { hashPassword, matchPassword, verifyDecoy } from '../../auth/passwords.ts';
import { clearLimit, giveBackToLimit, limits, takeFromLimit } from '../../auth/rate-limit.ts';
import { createSession, endSession, revokeCurrentSession } from '../../auth/sessions.ts';
import { isUniqueViolation } from '../../db/pg-errors.ts';
import { ApiError } from '../../http/api-error.ts';
import { clientAddress } from '../../http/client-address.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { findUserByEmail, insertUser, updatePasswordHash } from './queries.ts';

const tooManyTries = (wait: string) =>
  `Too many tries in a short time. To keep accounts safe, please wait ${wait} and try again.`;
const wrongCredentials = () =>
  new ApiError(
    401,
    'unauthenticated',
    "That email and password don't match an account. Check both and try again.",
  );

export const authRoutes = new Hono<AppEnv>()
  .post('/signup', async (c) => {
    const { db, now } = c.get('deps');
    const { email, password } = await readJson(c, signupSchema);
    const weakness = checkPasswordStrength(password, email);
    if (weakness) throw new ApiError(422, 'invalid_input', weakness);
    await takeFromLimit(db, limits.signupPerAddress, clientAddress(c), now(), tooManyTries);
    const passwordHash = await hashPassword(password);
    try {
      const user = await insertUser(db, email, passwordHash, now());
      await revokeCurrentSession(c);
      await createSession(c, user.id);
      return c.json(user satisfies Me, 201);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) {
        throw new ApiError(
          409,
          'email_taken',
          'There is already an account with this email. Try signing in instead.',
        );
      }
      throw error;
    }
  })
  .post('/login', async (c) => {
    const { db, now } = c.get('deps');
    const { email, password } = await readJson(c, credentialsSchema);
    const address = clientAddress(c);
    const at = now();
    // Every try is counted before the password is checked; a right one is given back below.
    await takeFromLimit(db, limits.loginPerAddress, address, at, tooManyTries);
    await takeFromLimit(db, limits.loginPerAccount, email, at, tooManyTries);
    const user = await findUserByEmail(db, email);
    const match = user ? await matchPassword(user.passwordHash, password) : await verifyDecoy(password);
    if (!user || !match) throw wrongCredentials();
    // A hash from before passwords were normalised is replaced by one of the normalised form.
    if (match === 'raw') await updatePasswordHash(db, user.id, await hashPassword(password));
    await clearLimit(db, limits.loginPerAccount, email);
    await giveBackToLimit(db, limits.loginPerAddress, address, at);
    // Rotate: whatever session the browser carried before is ended, and a fresh one is made.
    await revokeCurrentSession(c);
    await createSession(c, user.id);
    return c.json({ id: user.id, email: user.email } satisfies Me);
  })
  .post('/logout', async (c) => {
    await endSession(c);
    return c.body(null, 204);
  });
