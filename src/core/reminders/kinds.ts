/** The kinds of reminder, in the order the settings screen lists them. */
export const reminderKinds = [
  'check_in',
  'hard_hours',
  'milestone',
  'no_contact_minimum',
  'reply_window',
  'trigger_date',
  'weekly_summary',
] as const;

export type ReminderKind = (typeof reminderKinds)[number];

/** Channels a delivery row can be for (in the app needs none: the notification is the list). */
export const reminderChannels = ['push', 'email'] as const;
export type ReminderChannel = (typeof reminderChannels)[number];

/** pending → sending (claimed) → sent; dropped when stale, failed after the last attempt. */
export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'dropped'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
