import type { Channel } from '../reminders/channels.ts';

/** Reminders by Web Push (to be built): to each of the person's subscriptions. */
export const pushChannel: Channel = async () => ({ ok: false, retry: false, code: 'push_not_built' });
