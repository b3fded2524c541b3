import path from 'node:path';
import { eq } from 'drizzle-orm';
import { createResetToken } from './auth/reset-tokens.ts';
import { writeBackup } from './backup.ts';
import type { Database } from './db/database.ts';
import { users } from './db/schema.ts';

/**
 * What an operator's command asks a running server on the embedded database, over the data
 * folder's lock socket (db/data-dir-lock.ts; the folder is 0700, so only its owner can ask): the
 * server holds the only connection to the database, so `rekindle backup` and `rekindle user
 * reset-link` ask it instead of opening the folder themselves. One line in, one line out.
 */
export const backupRequest = (to: string) => `backup ${JSON.stringify({ to })}`;
export const resetLinkRequest = (email: string) => `reset-link ${JSON.stringify({ email })}`;

function parse(request: string): { verb: string; body: Record<string, unknown> } | undefined {
  const match = /^([a-z-]+) (\{.*\})$/.exec(request);
  if (!match) return undefined;
  try {
    return { verb: match[1]!, body: JSON.parse(match[2]!) as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

/**
 * Answers operator requests in a running server; returns a function that stops answering.
 * A backup answers `ok`; a reset link `ok TOKEN EXPIRES-AT ORIGIN` or `missing` for an unknown email.
 */
export function serveOperatorRequests(
  database: Database,
  /** Where people reach this server (the public URL, else where it listens), for reset links. */
  origin: string,
  at: () => Date,
  onError: (what: string, error: Error) => void,
): () => void {
  const lock = database.dataDirLock;
  if (!lock) return () => {};
  lock.answer(async (request) => {
    const parsed = parse(request);
    try {
      if (
        parsed?.verb === 'backup' &&
        typeof parsed.body.to === 'string' &&
        path.isAbsolute(parsed.body.to)
      ) {
        await writeBackup(database, parsed.body.to);
        return 'ok';
      }
      if (parsed?.verb === 'reset-link' && typeof parsed.body.email === 'string') {
        const [user] = await database.db
          .select({ id: users.id })
          .from(users)
          .where(eq(users.email, parsed.body.email));
        if (!user) return 'missing';
        const { token, expiresAt } = await createResetToken(database.db, user.id, at());
        return `ok ${token} ${expiresAt.toISOString()} ${origin}`;
      }
      return 'error: not a request this server answers';
    } catch (error) {
      onError(parsed?.verb ?? 'request', error as Error);
      return `error: ${(error as Error).message}`;
    }
  });
  return () => lock.answer(undefined);
}
