import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../db/database.ts';
import type { Statement } from '../db/prepared.ts';
import { sessions } from '../db/schema.ts';
import type { AppEnv, SessionUser } from '../http/env.ts';

export const sessionCookie = 'rekindle_session';
const idleDays = 30;
const dayMs = 86_400_000;
/** Refresh `last_seen_at` at most this often, so reading a page is not a write. */
const touchEveryMs = 60 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const { db, config, now } = c.get('deps');
  const token = randomBytes(32).toString('base64url');
  const at = now();
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, createdAt: at, lastSeenAt: at });
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: idleDays * 86_400,
  });
}

/**
 * The session behind a token hash ($1), if not idle since $2; `needsTouch` when last seen before
 * $3; with the person's facts version (Today's FactsCache), so no route needs a second query for
 * it. Prepared once: it is on every signed-in request's path.
 */
export const sessionLookup: Statement = {
  name: 'session_lookup',
  types: ['text', 'timestamptz', 'timestamptz'],
  text: `select u.id, u.email, u.facts_version as "factsVersion", s.last_seen_at < $3::timestamptz as "needsTouch"
    from sessions s join users u on u.id = s.user_id
    where s.token_hash = $1::text and s.last_seen_at > $2::timestamptz`,
};

/** Looks the cookie's session up (one indexed query) and slides its idle expiry. */
export async function readSession(c: Context<AppEnv>): Promise<SessionUser | undefined> {
  const token = getCookie(c, sessionCookie);
  if (!token || token.length > 100) return undefined;
  const { db, run, now } = c.get('deps');
  const tokenHash = hashToken(token);
  const at = now();
  const [row] = await run<Omit<SessionUser, 'tokenHash'> & { needsTouch: boolean }>(sessionLookup, [
    tokenHash,
    new Date(at.getTime() - idleDays * dayMs).toISOString(),
    new Date(at.getTime() - touchEveryMs).toISOString(),
  ]);
  if (!row) return undefined;
  if (row.needsTouch) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { id: row.id, email: row.email, factsVersion: row.factsVersion, tokenHash };
}

/** Deletes the session the request carries, if any, so a token from before login never lives on. */
export async function revokeCurrentSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, sessionCookie);
  if (token && token.length <= 100) {
    await c
      .get('deps')
      .db.delete(sessions)
      .where(eq(sessions.tokenHash, hashToken(token)));
  }
}

/** Logout: the session row is deleted and the browser told to forget the cookie. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  await revokeCurrentSession(c);
  deleteCookie(c, sessionCookie, { path: '/', secure: c.get('deps').config.secureCookies });
}

export async function deleteIdleSessions(db: Db, at: Date): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(lt(sessions.lastSeenAt, new Date(at.getTime() - idleDays * dayMs)))
    .returning({ one: sql`1` });
  return deleted.length;
}
