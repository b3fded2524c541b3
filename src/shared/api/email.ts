/** The contract for what email can do on this server (confirmation and unsubscribe: reminders.ts). */

/** `GET /api/auth/options`: what the sign-in page may offer. */
export type AuthOptions = {
  /** A reset link can be emailed to a confirmed address (an SMTP server is configured). */
  resetByEmail: boolean;
};
