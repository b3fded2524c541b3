import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createResetToken } from '../../src/server/auth/reset-tokens.ts';
import { passwordResetTokens, users } from '../../src/server/db/schema.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { freshDatabaseEnv } from '../support/database-env.ts';
import { runCli, spawnServer } from '../support/spawn-server.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();
// Each test starts in a fresh rate-limit window for reset tries from this address.
beforeEach(() => server.clock.advance(16 * 60_000));

const minute = 60_000;
const oldPassword = 'a quiet walk by the river';
const newPassword = 'lanterns over the harbour';

/** What `rekindle user reset-link` makes (the CLI test runs the command itself). */
async function linkFor(email: string) {
  const { db } = server.database;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await createResetToken(db, user!.id, server.clock.now)).token;
}

const reset = (token: string, password = newPassword) =>
  new Client(server.url).post('/api/auth/reset', { token, password });

async function signedUp() {
  const email = uniqueEmail('forgetful');
  const client = new Client(server.url);
  expect((await client.signup(email, oldPassword)).status).toBe(201);
  return { email, client };
}

describe('POST /api/auth/reset', () => {
  it('sets a new password once, and signs out every session of the account', async () => {
    const { email, client: laptop } = await signedUp();
    const phone = new Client(server.url);
    expect((await phone.login(email, oldPassword)).status).toBe(200);
    const token = await linkFor(email);

    expect((await reset(token)).status).toBe(204);
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await new Client(server.url).login(email, oldPassword)).status).toBe(401);
    expect((await new Client(server.url).login(email, newPassword)).status).toBe(200);

    const again = await reset(token, 'another long walk home');
    expect(again.status).toBe(410);
    expect(again.json).toEqual({
      error: { code: 'not_found', message: expect.stringMatching(/already been used or has expired/) },
    });
    expect((await new Client(server.url).login(email, newPassword)).status).toBe(200);
  });

  it('stores only the SHA-256 of the token, and nothing once it is used', async () => {
    const { email } = await signedUp();
    const token = await linkFor(email);
    const rows = await server.database.db.select().from(passwordResetTokens);
    expect(rows.some((r) => Object.values(r).some((v) => String(v).includes(token)))).toBe(false);
    const sha256 = createHash('sha256').update(token).digest('hex');
    expect(rows.filter((r) => r.tokenHash === sha256)).toHaveLength(1);
    await reset(token);
    const left = await server.database.db
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.tokenHash, sha256));
    expect(left).toEqual([]);
  });

  it('expires 30 minutes after the link was made', async () => {
    const { email } = await signedUp();
    const fresh = await linkFor(email);
    server.clock.advance(29 * minute);
    expect((await reset(fresh)).status).toBe(204);

    const stale = await linkFor(email);
    server.clock.advance(30 * minute + 1000);
    expect((await reset(stale, 'another long walk home')).status).toBe(410);
    expect((await new Client(server.url).login(email, newPassword)).status).toBe(200);
  });

  it('a new link replaces the older one', async () => {
    const { email } = await signedUp();
    const first = await linkFor(email);
    const second = await linkFor(email);
    expect((await reset(first)).status).toBe(410);
    expect((await reset(second)).status).toBe(204);
  });

  it('holds the new password to the sign-up rules, without using the link up', async () => {
    const { email } = await signedUp();
    const token = await linkFor(email);
    const short = await reset(token, 'short');
    expect(short.status).toBe(422);
    expect(short.json).toEqual({
      error: { code: 'invalid_input', message: 'Use at least 10 characters for your password.' },
    });
    const common = await reset(token, 'password123');
    expect(common.status).toBe(422);
    expect(JSON.stringify(common.json)).toMatch(/common/);
    const incomplete = await reset('abc');
    expect(incomplete.status).toBe(422);
    expect(JSON.stringify(incomplete.json)).toMatch(/not complete/);
    expect((await reset(token)).status).toBe(204);
  });

  it('lets someone locked out by wrong passwords sign in with the new one at once', async () => {
    const { email } = await signedUp();
    for (let i = 0; i < 11; i++) await new Client(server.url).login(email, `wrong guess ${i}`);
    expect((await new Client(server.url).login(email, oldPassword)).status).toBe(429);
    expect((await reset(await linkFor(email))).status).toBe(204);
    expect((await new Client(server.url).login(email, newPassword)).status).toBe(200);
  });

  it('is rate-limited per address: the 21st try in 15 minutes waits', async () => {
    const unknown = 'x'.repeat(43);
    for (let i = 0; i < 20; i++) expect((await reset(unknown)).status).toBe(410);
    const refused = await reset(unknown);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('is not in the export, and goes with the account', async () => {
    const { email, client } = await signedUp();
    await linkFor(email);
    const exported = await client.get('/api/export');
    expect(exported.status).toBe(200);
    expect(exported.text).not.toMatch(/reset/i);
    const [user] = await server.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, email));
    const tokensOf = () =>
      server.database.db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user!.id));
    expect(await tokensOf()).toHaveLength(1);
    expect((await client.delete('/api/account', { password: oldPassword })).status).toBe(204);
    expect(await tokensOf()).toEqual([]);
  });
});

describe('rekindle user reset-link EMAIL', () => {
  it('prints a one-time link on the public URL that sets a new password, while the server runs', async () => {
    const { env, cleanup } = await freshDatabaseEnv();
    const publicUrl = 'https://rekindle.example';
    // On the embedded database the command asks the running server (it holds the only
    // connection); on PostgreSQL it opens the database itself.
    const server = await spawnServer({ ...env, REKINDLE_PUBLIC_URL: publicUrl });
    try {
      const email = uniqueEmail('operator-help');
      await new Client(server.url, publicUrl).signup(email, oldPassword);
      const made = await runCli(['user', 'reset-link', email.toUpperCase()], {
        ...env,
        REKINDLE_PUBLIC_URL: publicUrl,
      });
      expect(made.code, made.output).toBe(0);
      const link = /https:\/\/rekindle\.example\/reset\?token=([\w-]+)/.exec(made.output);
      expect(link, made.output).not.toBeNull();
      expect(made.output).toContain('30 minutes');
      const missing = await runCli(['user', 'reset-link', uniqueEmail('nobody')], env);
      expect(missing.code).toBe(1);
      expect(missing.output).toMatch(/No account has the email/);

      const browser = new Client(server.url, publicUrl);
      const body = { token: link![1], password: newPassword };
      expect((await browser.post('/api/auth/reset', body)).status).toBe(204);
      expect((await browser.post('/api/auth/reset', body)).status).toBe(410);
      expect((await browser.login(email, newPassword)).status).toBe(200);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
      await cleanup();
    }
  }, 120_000); // a server start and two commands

  it.skipIf(Boolean(process.env.DATABASE_URL))(
    'says so, and creates nothing, when the data folder holds no database',
    async () => {
      const dir = path.join(os.tmpdir(), `rekindle-no-db-${process.pid}-${Date.now()}`);
      const made = await runCli(['user', 'reset-link', 'someone@example.com'], { REKINDLE_DATA_DIR: dir });
      expect(made.code).toBe(1);
      expect(made.output).toContain('There is no Rekindle database in');
      expect(fs.existsSync(dir)).toBe(false);
    },
  );
});
