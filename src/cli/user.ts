import fs from 'node:fs';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { createResetToken, resetLink, resetLinkMinutes } from '../server/auth/reset-tokens.ts';
import type { Config } from '../server/config.ts';
import { askDataDirHolder, DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { openConfiguredDatabase } from '../server/db/open-from-config.ts';
import { users } from '../server/db/schema.ts';
import { resetLinkRequest } from '../server/operator-requests.ts';
import { emailSchema } from '../shared/api/auth.ts';

const usage = 'Usage: rekindle user list | rekindle user delete EMAIL | rekindle user reset-link EMAIL';

/**
 * `rekindle user list`, `rekindle user delete EMAIL` and `rekindle user reset-link EMAIL` (a
 * one-time link to choose a new password, for someone who forgot theirs) for the operator.
 */
export async function userCommand(config: Config, args: string[]): Promise<number> {
  const [sub, arg] = args;
  if (sub !== 'list' && sub !== 'delete' && sub !== 'reset-link') {
    console.error(usage);
    return 2;
  }
  let email: string | undefined;
  if (sub !== 'list') {
    const parsed = emailSchema.safeParse(arg ?? '');
    if (!parsed.success) {
      console.error(`Usage: rekindle user ${sub} EMAIL (a full email address).`);
      return 2;
    }
    email = parsed.data;
  }
  // An unset or mistyped data folder must not quietly become a new, empty database.
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'pg', 'PG_VERSION'))) {
    console.error(
      `There is no Rekindle database in ${path.resolve(config.dataDir)}. Set REKINDLE_DATA_DIR to the folder the server uses.`,
    );
    return 1;
  }
  let database: Awaited<ReturnType<typeof openConfiguredDatabase>>;
  try {
    database = await openConfiguredDatabase(config);
  } catch (error) {
    // The embedded database is held by a running server: a reset link can be asked of it.
    if (sub !== 'reset-link' || !(error instanceof DataDirLockedError) || error.unsure) throw error;
    return resetLinkFromServer(config, email!);
  }
  try {
    await database.migrate();
    const { db } = database;
    if (email === undefined) {
      const rows = await db
        .select({ email: users.email, createdAt: users.createdAt })
        .from(users)
        .orderBy(asc(users.createdAt));
      for (const row of rows) console.log(`${row.email}\t${row.createdAt.toISOString()}`);
      console.log(`${rows.length} account${rows.length === 1 ? '' : 's'}`);
      return 0;
    }
    if (sub === 'reset-link') {
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (!user) {
        console.error(`No account has the email ${email}.`);
        return 1;
      }
      const { token, expiresAt } = await createResetToken(db, user.id, new Date());
      printResetLink(config, email, token, expiresAt);
      return 0;
    }
    const deleted = await db.delete(users).where(eq(users.email, email)).returning({ id: users.id });
    if (deleted.length === 0) {
      console.error(`No account has the email ${email}.`);
      return 1;
    }
    console.log(`Deleted the account ${email} and everything it held.`);
    return 0;
  } finally {
    await database.close();
  }
}

/** Asks the server holding the embedded database for the link (it holds the only connection). */
async function resetLinkFromServer(config: Config, email: string): Promise<number> {
  const answer = await askDataDirHolder(config.dataDir, resetLinkRequest(email), 30_000);
  if (answer === 'missing') {
    console.error(`No account has the email ${email}.`);
    return 1;
  }
  const match = answer ? /^ok (\S+) (\S+) (\S+)$/.exec(answer) : null;
  if (!match) {
    console.error(
      answer === undefined
        ? 'The server holding the data folder stopped before it answered: try again.'
        : `The running server could not make a link: ${answer.replace(/^error: /, '')}`,
    );
    return 1;
  }
  // The server says where it is reached: this command's own HOST and PORT may not be its.
  printResetLink(
    { ...config, publicOrigin: config.publicOrigin ?? match[3]! },
    email,
    match[1]!,
    new Date(match[2]!),
  );
  return 0;
}

function printResetLink(config: Config, email: string, token: string, expiresAt: Date) {
  console.log(
    [
      `A one-time link for ${email} to choose a new password, valid for ${resetLinkMinutes} minutes (until ${expiresAt.toISOString().slice(11, 16)} UTC):`,
      '',
      `  ${resetLink(publicOrigin(config), token)}`,
      '',
      'Anyone with this link can set the password: give it only to the person it is for. Using it',
      'signs them out on every device; a newer link replaces this one.',
      ...(config.publicOrigin
        ? []
        : ['(The address comes from HOST and PORT: set REKINDLE_PUBLIC_URL to the one people use.)']),
    ].join('\n'),
  );
}

/** The origin people reach the app on: the configured public URL, else where the server listens. */
function publicOrigin(config: Config): string {
  if (config.publicOrigin) return config.publicOrigin;
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}
