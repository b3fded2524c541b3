import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { signedUpPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const errorShape = (code: string) => ({ error: { code, message: expect.any(String) } });

describe('accounts', () => {
  it('signs up, is signed in, signs out, and signs in again', async () => {
    const client = new Client(server.url);
    const email = uniqueEmail();
    const signup = await client.signup(email);
    expect(signup.status).toBe(201);
    expect(signup.json).toEqual({ id: expect.any(String), email });

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.json).toEqual(signup.json);

    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);

    const login = await client.login(email);
    expect(login.status).toBe(200);
    expect(login.json).toEqual(signup.json);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('treats emails case-insensitively and trims them', async () => {
    const client = new Client(server.url);
    const email = uniqueEmail('Mixed');
    await client.signup(`  ${email.toUpperCase()} `);
    const again = await new Client(server.url).signup(email);
    expect(again.status).toBe(409);
    expect(again.json).toEqual(errorShape('email_taken'));
    expect((await new Client(server.url).login(email.toUpperCase())).status).toBe(200);
  });

  it('refuses short, common and email-like passwords with a message the person can act on', async () => {
    const client = new Client(server.url);
    const short = await client.signup(uniqueEmail(), 'short');
    expect(short.status).toBe(422);
    expect(short.json).toEqual({
      error: { code: 'invalid_input', message: 'Use at least 10 characters for your password.' },
    });
    for (const password of ['password123', 'Qwertyuiop', '1234567890', 'iloveyou!!']) {
      const res = await client.signup(uniqueEmail(), password);
      expect(res.status, password).toBe(422);
      expect(JSON.stringify(res.json), password).toMatch(/common|sequence|repeats/);
    }
    // Everything to fix at once, not "(and 1 more thing to fix)".
    const both = await client.signup('not an email', 'short');
    expect(both.status).toBe(422);
    const message = (both.json as { error: { message: string } }).error.message;
    expect(message).toContain('Use at least 10 characters for your password.');
    expect(message).toMatch(/email/i);
    expect(message).not.toContain('more thing');
    const email = uniqueEmail('gardener');
    const likeEmail = await client.signup(email, `${email.split('@')[0]}!`);
    expect(likeEmail.status).toBe(422);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown email with the same 401 message', async () => {
    const email = uniqueEmail();
    await new Client(server.url).signup(email);
    const wrong = await new Client(server.url).login(email, 'not the right password');
    const unknown = await new Client(server.url).login(uniqueEmail('nobody'), 'not the right password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
  });
});

describe('passwords are Unicode-normalised (NFKC)', () => {
  it('signs up with a full-width password and signs in with the same letters typed in ASCII', async () => {
    const email = uniqueEmail('wide');
    expect((await new Client(server.url).signup(email, 'Ａｂｃ ｑｕｉｅｔ ｒｉｖｅｒ ２０２４')).status).toBe(
      201,
    );
    expect((await new Client(server.url).login(email, 'Abc quiet river 2024')).status).toBe(200);
    expect((await new Client(server.url).login(email, 'Ａｂｃ ｑｕｉｅｔ ｒｉｖｅｒ ２０２４')).status).toBe(
      200,
    );
  });

  it('signs in with a hash made from the raw form, and rehashes it as normalised', async () => {
    const email = uniqueEmail('older');
    const raw = 'Ａｂｃ ｑｕｉｅｔ ｒｉｖｅｒ ２０２４';
    // As an account made before normalising was stored: the argon2 hash of the raw text.
    const oldHash = await hash(raw, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const { db } = server.database;
    await db.insert(users).values({ email, passwordHash: oldHash, createdAt: server.clock.now });
    expect((await new Client(server.url).login(email, 'Abc quiet river 2024')).status).toBe(401);
    expect((await new Client(server.url).login(email, raw)).status).toBe(200);
    const [row] = await db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email));
    expect(row?.passwordHash).not.toEqual(oldHash);
    expect((await new Client(server.url).login(email, 'Abc quiet river 2024')).status).toBe(200);
    expect((await new Client(server.url).login(email, raw)).status).toBe(200);
  });
});

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Lax cookie holding an opaque token that is not stored in clear', async () => {
    const client = new Client(server.url);
    const res = await client.signup(uniqueEmail());
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rekindle_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain http here; Secure behind https (see config test)
    const token = client.cookie!.split('=')[1]!;
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes
    const stored = await server.database.db.query.sessions.findMany();
    expect(stored.some((s) => s.tokenHash === token)).toBe(false);
  });

  it('rotates the token at login: the one from before no longer works', async () => {
    const { client, email } = await signedUpPerson(server.url);
    const before = client.cookie;
    await client.login(email);
    expect(client.cookie).not.toEqual(before);
    const stale = new Client(server.url);
    stale.cookie = before;
    expect((await stale.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('logout really invalidates the token, even if a copy of the cookie is replayed', async () => {
    const { client } = await signedUpPerson(server.url);
    const copy = new Client(server.url);
    copy.cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await copy.get('/api/me')).status).toBe(401);
  });

  it('expires after 30 idle days, and stays alive while used', async () => {
    const idle = (await signedUpPerson(server.url)).client;
    const active = (await signedUpPerson(server.url)).client;
    const day = 86_400_000;
    for (let i = 0; i < 3; i++) {
      server.clock.advance(15 * day);
      expect((await active.get('/api/me')).status).toBe(200);
    }
    expect((await idle.get('/api/me')).status).toBe(401);
  });

  it('limits wrong passwords: the 11th rapid try is refused with 429 and Retry-After', async () => {
    const { email } = await signedUpPerson(server.url);
    const client = new Client(server.url);
    for (let i = 0; i < 10; i++) expect((await client.login(email, `wrong password ${i}`)).status).toBe(401);
    const eleventh = await client.login(email, 'wrong password again');
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(eleventh.json).toEqual(errorShape('rate_limited'));
    // Even the right password waits until the window passes.
    expect((await client.login(email)).status).toBe(429);
    server.clock.advance(16 * 60_000);
    expect((await client.login(email)).status).toBe(200);
  });
});

describe('GET /api/session', () => {
  it('answers 200 with the person, or with null when nobody is signed in', async () => {
    const anon = new Client(server.url);
    expect((await anon.get('/api/session')).json).toEqual({ user: null });
    const { client, email } = await signedUpPerson(server.url);
    expect((await client.get('/api/session')).json).toEqual({ user: { id: expect.any(String), email } });
  });
});
