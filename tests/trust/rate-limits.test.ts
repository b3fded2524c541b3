import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// Every request here comes from 127.0.0.1 (the test server does not trust X-Forwarded-For), so
// the per-address limits see one client: what one attacker's machine would look like.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  console.log(`rate limits: concurrent tries ${tried}, allowed past limit ${pastLimit}`);
  await server.close();
});

let tried = 0;
let pastLimit = 0;
const minute = 60_000;

/** Fires `count` requests at once and tallies their statuses. */
async function atOnce(count: number, send: (i: number) => Promise<{ status: number }>) {
  tried += count;
  const answers = await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
  const statuses = new Map<number, number>();
  for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  return (status: number) => statuses.get(status) ?? 0;
}

describe('rate limits hold under concurrent tries', () => {
  it('300 wrong passwords at once on one account: at most 10 are checked, the rest wait (429)', async () => {
    const email = uniqueEmail('target');
    expect((await new Client(server.url).signup(email)).status).toBe(201);
    const count = await atOnce(300, (i) => new Client(server.url).login(email, `wrong password ${i}`));
    pastLimit += Math.max(0, count(401) - 10);
    expect(count(401)).toBeLessThanOrEqual(10);
    expect(count(429)).toBe(300 - count(401));
  });

  it('40 wrong passwords at once (the must-show figure): at least 30 are refused with 429', async () => {
    server.clock.advance(16 * minute); // a fresh window for the account and the address
    const email = uniqueEmail('target');
    expect((await new Client(server.url).signup(email)).status).toBe(201);
    const count = await atOnce(40, (i) => new Client(server.url).login(email, `wrong password ${i}`));
    pastLimit += Math.max(0, count(401) - 10);
    expect(count(429)).toBeGreaterThanOrEqual(30);
    expect(count(401) + count(429)).toBe(40);
  });

  it('a right password after a few mistakes still signs in while under the limit', async () => {
    server.clock.advance(16 * minute);
    const email = uniqueEmail('person');
    await new Client(server.url).signup(email);
    for (let i = 0; i < 3; i++)
      expect((await new Client(server.url).login(email, 'not it at all')).status).toBe(401);
    expect((await new Client(server.url).login(email)).status).toBe(200);
  });

  it('40 sign-ups at once from one address: at most 30 accounts are made', async () => {
    server.clock.advance(61 * minute); // a fresh hour for sign-ups from this address
    const count = await atOnce(40, () => new Client(server.url).signup(uniqueEmail('burst')));
    pastLimit += Math.max(0, count(201) - 30);
    expect(count(201)).toBeLessThanOrEqual(30);
    expect(count(201) + count(429)).toBe(40);
  });
});
