import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';

/** One outgoing email. Only plain text is required; `messageId` includes its angle brackets. */
export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId?: string;
  headers?: Record<string, string>;
};

/** Why a send failed, without anything personal: safe to log and to record. */
export type SendFailure = { code: string; retry: boolean };

// One transport per process and SMTP address (a test process runs servers with several).
const transports = new Map<string, Transporter>();

/**
 * nodemailer is loaded on the first email, not at start (about 15 MB of memory): a server without
 * SMTP never loads it.
 */
async function transportFor(smtp: NonNullable<Config['smtp']>) {
  let transport = transports.get(smtp.url);
  if (!transport) {
    const { default: nodemailer } = await import('nodemailer');
    transport = nodemailer.createTransport({
      url: smtp.url,
      // A mail server that does not answer must not hold a sign-up or the reminder worker long.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // nodemailer logs nothing unless asked; it is never asked (its log holds addresses).
      logger: false,
      debug: false,
    });
    transports.set(smtp.url, transport);
  }
  return transport;
}

/** Whether this server can send email at all (an SMTP server is configured). */
export const emailConfigured = (config: Config) => config.smtp !== undefined;

/**
 * Sends one email through the configured SMTP server. Resolves to `undefined` when it was
 * accepted, else to what went wrong: a 4xx answer or a connection that failed is worth trying
 * again, a 5xx answer is not. Throws nothing, so a caller cannot fail on the mail server's account.
 */
export async function sendMail(config: Config, mail: Mail): Promise<SendFailure | undefined> {
  if (!config.smtp) return { code: 'no_smtp', retry: false };
  try {
    await (await transportFor(config.smtp)).sendMail({
      from: config.smtp.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.messageId ? { messageId: mail.messageId } : {}),
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
    return undefined;
  } catch (error) {
    return describeFailure(error);
  }
}

/** A nodemailer error as a code and whether to retry (its message may quote addresses: not kept). */
export function describeFailure(error: unknown): SendFailure {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number' && responseCode >= 400 && responseCode < 600) {
    return { code: `smtp_${responseCode}`, retry: responseCode < 500 };
  }
  const name = typeof code === 'string' && /^[A-Z_]{2,32}$/.test(code) ? code.toLowerCase() : 'send_failed';
  return { code: name, retry: true };
}
