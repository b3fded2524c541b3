import type { Channel } from '../reminders/channels.ts';

/** Reminders by email (to be built): only to a confirmed address, Message-ID from the key. */
export const emailChannel: Channel = async () => ({ ok: false, retry: false, code: 'email_not_built' });
