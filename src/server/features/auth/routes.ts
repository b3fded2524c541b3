import { Hono } from 'hono';
import { credentialsSchema, type Me, resetPasswordSchema, signupSchema } from '../../../shared/api/auth.ts';
import type { AuthOptions } from '../../../shared/api/email.ts';
import { resetRequestSchema } from '../../../shared/api/reminders.ts';
import { checkPasswordStrength } from '../../auth/password-policy.ts';
import { hashPassword, matchPassword, verifyDecoy } from '../../auth/passwords.ts';
import { clearLimit, giveBackToLimit, limits, takeFromLimit } from '../../auth/rate-limit.ts';
import { findResetTokenOwner, resetPassword } from '../../auth/reset-tokens.ts';
import { createSession, endSession, revokeCurrentSession } from '../../auth/sessions.ts';
import { isUniqueViolation } from '../../db/pg-errors.ts';
import { fail } from '../../http/api-error.ts';
import { clientAddress } from '../../http/client-address.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { sendConfirmation } from '../email/confirmation.ts';
import { emailConfigured } from '../email/mailer.ts';
import { requestOrigin } from '../email/origin.ts';
import { emailResetLink } from '../email/reset-mail.ts';
import { findUserByEmail, insertUser, replacePasswordHash } from './queries.ts';

export const authRoutes = new Hono<AppEnv>()
  .post('/signup', async (c) => {
    const { db, config, now } = c.get('deps');
    const { email, password } = await readJson(c, signupSchema);
    const weakness = checkPasswordStrength(password, email);
    if (weakness) throw fail(weakness);
    await takeFromLimit(db, limits.signupPerAddress, clientAddress(c), now(), 'too_many_tries');
    const passwordHash = await hashPassword(password);
    try {
      const user = await insertUser(db, email, passwordHash, now());
      await revokeCurrentSession(c);
      await createSession(c, user.id);
      // The confirmation email goes after the answer: a slow or failing mail server never holds
      // up or fails the sign-up (it can be sent again from Reminders).
      if (config.smtp) {
        const log = c.get('log');
        void sendConfirmation(db, config, user, requestOrigin(c), now()).then(
          (failure) => failure && log.warn({ code: failure.code }, 'could not send a confirmation email'),
          (error: Error) => log.warn({ err: { name: error.name } }, 'could not send a confirmation email'),
        );
      }
      return c.json(user satisfies Me, 201);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) throw fail('email_taken');
      throw error;
    }
  })
  .post('/login', async (c) => {
    const { db, now } = c.get('deps');
    const { email, password } = await readJson(c, credentialsSchema);
    const address = clientAddress(c);
    const at = now();
    // Every try is counted before the password is checked; a right one is given back below.
    await takeFromLimit(db, limits.loginPerAddress, address, at, 'too_many_tries');
    await takeFromLimit(db, limits.loginPerAccount, email, at, 'too_many_tries');
    const user = await findUserByEmail(db, email);
    const match = user ? await matchPassword(user.passwordHash, password) : await verifyDecoy(password);
    if (!user || !match) throw fail('wrong_credentials');
    // A hash from before passwords were normalised is replaced by one of the normalised form.
    if (match === 'raw')
      await replacePasswordHash(db, user.id, user.passwordHash, await hashPassword(password));
    await clearLimit(db, limits.loginPerAccount, email);
    await giveBackToLimit(db, limits.loginPerAddress, address, at);
    // Rotate: whatever session the browser carried before is ended, and a fresh one is made.
    await revokeCurrentSession(c);
    await createSession(c, user.id);
    return c.json({ id: user.id, email: user.email } satisfies Me);
  })
  // From a reset link: a new password, and every session of the account signed out, this
  // browser's too (the person then signs in with the new password).
  .post('/reset', async (c) => {
    const { db, now } = c.get('deps');
    const { token, password } = await readJson(c, resetPasswordSchema);
    const at = now();
    await takeFromLimit(db, limits.resetPerAddress, clientAddress(c), at, 'too_many_tries');
    const owner = await findResetTokenOwner(db, token, at);
    if (!owner) throw fail('reset_link_gone');
    // A weak password is refused before the link is used up, so the person can choose again.
    const weakness = checkPasswordStrength(password, owner.email);
    if (weakness) throw fail(weakness);
    if (!(await resetPassword(db, token, password, at))) throw fail('reset_link_gone');
    // Locked out by wrong passwords before asking for help: the new password works at once.
    await clearLimit(db, limits.loginPerAccount, owner.email);
    await endSession(c);
    return c.body(null, 204);
  })
  // What the sign-in page may offer: a reset link by email needs a configured mail server.
  .get('/options', (c) =>
    c.json({ resetByEmail: emailConfigured(c.get('deps').config) } satisfies AuthOptions),
  )
  // "Forgot your password?": a reset link, emailed only to a confirmed address. The answer is the
  // same, and as quick, whether or not the address has an account: the looking up and the
  // sending happen after it.
  .post('/reset-request', async (c) => {
    const { db, config, now } = c.get('deps');
    const { email } = await readJson(c, resetRequestSchema);
    if (!config.smtp) throw fail('reset_by_email_off');
    const at = now();
    await takeFromLimit(db, limits.resetRequestPerAddress, clientAddress(c), at, 'too_many_tries');
    await takeFromLimit(db, limits.resetRequestPerEmail, email, at, 'too_many_tries');
    const log = c.get('log');
    void emailResetLink(db, config, email, requestOrigin(c), at).then(
      (failure) => failure && log.warn({ code: failure.code }, 'could not send a reset link'),
      (error: Error) => log.warn({ err: { name: error.name } }, 'could not send a reset link'),
    );
    return c.body(null, 202);
  })
  .post('/logout', async (c) => {
    await endSession(c);
    return c.body(null, 204);
  });
