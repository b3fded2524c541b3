import { Hono } from 'hono';
import { emailTokenSchema } from '../../../shared/api/reminders.ts';
import { limits, takeFromLimit } from '../../auth/rate-limit.ts';
import { requireUser } from '../../auth/require-user.ts';
import { ApiError } from '../../http/api-error.ts';
import { clientAddress } from '../../http/client-address.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { confirmEmail, emailStateOf, sendConfirmation } from './confirmation.ts';
import { requestOrigin } from './origin.ts';
import { turnOffReminderEmails, unsubscribeTokenOwner } from './unsubscribe.ts';

const tooManyTries = (wait: string) =>
  `That is a lot of tries in a short time. Please wait ${wait} and try again.`;

export const emailNotSetUp = () =>
  new ApiError(
    409,
    'conflict',
    'Email is not set up on this Rekindle server, so it cannot send emails. The person who runs it can turn email on.',
  );

const linkGone = () =>
  new ApiError(
    410,
    'not_found',
    'This confirmation link has already been used or has expired (a link works once, for 48 hours). You can ask for a new link from Reminders.',
  );

const addressChanged = () =>
  new ApiError(
    410,
    'not_found',
    'This link was sent to an email address the account no longer uses. You can ask for a new link from Reminders.',
  );

const badUnsubscribeLink = () =>
  new ApiError(
    400,
    'invalid_input',
    'This unsubscribe link is not complete or is not one we made. Open it again from the email, or switch reminder emails off in Reminders.',
  );

/** Email confirmation and one-click unsubscribe (a reset link by email is under /api/auth). */
export const emailRoutes = new Hono<AppEnv>()
  // Sends the confirmation email again, with a fresh link (the earlier one stops working).
  .post('/email/confirmation', requireUser, async (c) => {
    const { db, config, now, log } = c.get('deps');
    const user = c.get('user');
    if (!config.smtp) throw emailNotSetUp();
    const state = await emailStateOf(db, user.id);
    if (state?.confirmedAt) {
      throw new ApiError(
        409,
        'conflict',
        'Your email address is already confirmed: there is nothing more to do.',
      );
    }
    const at = now();
    await takeFromLimit(db, limits.confirmationPerAccount, user.id, at, tooManyTries);
    const failure = await sendConfirmation(db, config, user, requestOrigin(c), at);
    if (failure) {
      log.warn({ code: failure.code }, 'could not send a confirmation email');
      throw new ApiError(
        503,
        'internal',
        'We could not send the email just now: the mail server did not take it. Please try again in a few minutes.',
      );
    }
    return c.body(null, 202);
  })
  // From the link in the confirmation email: the token is the credential, so no session is needed.
  .post('/email/confirm', async (c) => {
    const { db, now } = c.get('deps');
    const { token } = await readJson(c, emailTokenSchema);
    const at = now();
    await takeFromLimit(db, limits.confirmPerAddress, clientAddress(c), at, tooManyTries);
    const outcome = await confirmEmail(db, token, at);
    if (outcome === 'gone') throw linkGone();
    if (outcome === 'changed') throw addressChanged();
    return c.body(null, 204);
  })
  // One click (RFC 8058): a mail provider POSTs here, with no browser and no session; the web
  // page /unsubscribe posts here too. The signed token says whose reminder emails to stop.
  .post('/email/unsubscribe', async (c) => {
    const { db, now } = c.get('deps');
    const token = c.req.query('token');
    if (!token || token.length > 200) throw badUnsubscribeLink();
    const userId = await unsubscribeTokenOwner(db, token);
    if (!userId) throw badUnsubscribeLink();
    await turnOffReminderEmails(db, userId, now());
    return c.body(null, 204);
  });
