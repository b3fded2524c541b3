import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { reminderSettings } from '../../db/schema.ts';
import type { Channel, DeliveryJob } from '../reminders/channels.ts';
import { emailStateOf } from './confirmation.ts';
import { sendMail } from './mailer.ts';
import { messageIdHost, serverOrigin } from './origin.ts';
import { unsubscribeApiLink, unsubscribePageLink, unsubscribeToken } from './unsubscribe.ts';

/**
 * The Message-ID of a delivery, derived from its key: if the worker crashed between sending and
 * recording and sends again, the repeat carries the same Message-ID (and mail clients that
 * de-duplicate on it show one).
 */
export const deliveryMessageId = (key: string, host: string) =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${host}>`;

const reminderText = (job: DeliveryJob, link: string, unsubscribe: string) =>
  [
    job.body,
    link,
    '--',
    `You get these emails because reminder emails are on in Rekindle. To stop them, open this page (or switch them off in Reminders):\n${unsubscribe}`,
  ].join('\n\n');

/** Reminders by email: only to a confirmed address, with a one-click unsubscribe (RFC 8058). */
export const emailChannel: Channel = async (job, { db, config }) => {
  if (!config.smtp) return { ok: false, retry: false, code: 'no_smtp' };
  const person = await emailStateOf(db, job.userId);
  if (!person) return { ok: false, retry: false, code: 'no_account' };
  if (!person.confirmedAt) return { ok: false, retry: false, code: 'unconfirmed' };
  // Switched off (one click in an earlier email) after this delivery was planned: not sent.
  const [row] = await db
    .select({ settings: reminderSettings.settings })
    .from(reminderSettings)
    .where(eq(reminderSettings.userId, job.userId));
  const channels = (row?.settings as { channels?: { email?: unknown } } | undefined)?.channels;
  if (channels?.email === false) return { ok: false, retry: false, code: 'unsubscribed' };

  const origin = serverOrigin(config);
  const token = await unsubscribeToken(db, job.userId);
  const failure = await sendMail(config, {
    to: person.email,
    subject: job.title,
    text: reminderText(job, `${origin}${job.link}`, unsubscribePageLink(origin, token)),
    messageId: deliveryMessageId(job.key, messageIdHost(config)),
    headers: {
      'List-Unsubscribe': `<${unsubscribeApiLink(origin, token)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  return failure ? { ok: false, ...failure } : { ok: true };
};
