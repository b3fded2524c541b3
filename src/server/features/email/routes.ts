import { Hono } from 'hono';
import { emailTokenSchema } from '../../../shared/api/reminders.ts';
import { limits, takeFromLimit } from '../../auth/rate-limit.ts';
import { requireUser } from '../../auth/require-user.ts';
import { fail } from '../../http/api-error.ts';
import { clientAddress } from '../../http/client-address.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { confirmEmail, emailStateOf, sendConfirmation } from './confirmation.ts';
import { requestOrigin } from './origin.ts';
import { turnOffReminderEmails, unsubscribeTokenOwner } from './unsubscribe.ts';

/** Email confirmation and one-click unsubscribe (a reset link by email is under /api/auth). */
export const emailRoutes = new Hono<AppEnv>()
  // Sends the confirmation email again, with a fresh link (the earlier one stops working).
  .post('/email/confirmation', requireUser, async (c) => {
    const { db, config, now, log } = c.get('deps');
    const user = c.get('user');
    if (!config.smtp) throw fail('email_not_set_up');
    const state = await emailStateOf(db, user.id);
    if (state?.confirmedAt) throw fail('email_already_confirmed');
    const at = now();
    await takeFromLimit(db, limits.confirmationPerAccount, user.id, at, 'too_many_email_tries');
    const failure = await sendConfirmation(db, config, user, requestOrigin(c), at);
    if (failure) {
      log.warn({ code: failure.code }, 'could not send a confirmation email');
      throw fail('email_not_sent');
    }
    return c.body(null, 202);
  })
  // From the link in the confirmation email: the token is the credential, so no session is needed.
  .post('/email/confirm', async (c) => {
    const { db, now } = c.get('deps');
    const { token } = await readJson(c, emailTokenSchema);
    const at = now();
    await takeFromLimit(db, limits.confirmPerAddress, clientAddress(c), at, 'too_many_email_tries');
    const outcome = await confirmEmail(db, token, at);
    if (outcome === 'gone') throw fail('confirm_link_gone');
    if (outcome === 'changed') throw fail('confirm_address_changed');
    return c.body(null, 204);
  })
  // One click (RFC 8058): a mail provider POSTs here, with no browser and no session; the web
  // page /unsubscribe posts here too. The signed token says whose reminder emails to stop.
  .post('/email/unsubscribe', async (c) => {
    const { db, now } = c.get('deps');
    const token = c.req.query('token');
    if (!token || token.length > 200) throw fail('unsubscribe_link_bad');
    const userId = await unsubscribeTokenOwner(db, token);
    if (!userId) throw fail('unsubscribe_link_bad');
    await turnOffReminderEmails(db, userId, now());
    return c.body(null, 204);
  });
