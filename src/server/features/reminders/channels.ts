import type { ReminderKind } from '../../../core/reminders/kinds.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';

/**
 * What the reminder worker hands a channel (push, email) to deliver: one notification for one
 * person. `key` is the delivery's unique key (person:kind:subject:day:channel); the same key is
 * handed over again only after a crash between sending and recording, so a channel that can
 * (email's Message-ID) derives its identity from it.
 */
export type DeliveryJob = {
  key: string;
  userId: string;
  kind: ReminderKind;
  /** The words to use outside the app (already neutral unless the person allowed more). */
  title: string;
  body: string;
  /** Where in the app it leads (a path such as `/checkin`). */
  link: string;
};

/** `retry`: worth trying again later (a network error, a 5xx); otherwise given up at once. */
export type SendResult = { ok: true } | { ok: false; retry: boolean; code: string };

export type ChannelDeps = { db: Db; config: Config; now: () => Date };

export type Channel = (job: DeliveryJob, deps: ChannelDeps) => Promise<SendResult>;
