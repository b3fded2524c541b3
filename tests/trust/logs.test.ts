import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

// Every line the server logs, at every level, kept for scanning.
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ log: pino({ level: 'trace' }, sink) });
});
afterAll(() => server.close());

describe('the logs', () => {
  it('never hold what a person wrote, searched for or sent, even when the database refuses a write', async () => {
    const client = new Client(server.url);
    const email = uniqueEmail('logs');
    const password = 'a long pass phrase 4 logs';
    await client.signup(email, password);
    const secret = 'marmalade-lighthouse';
    const entry = `I miss them tonight ${secret}\nsecond line ${secret}`;
    expect((await client.post('/api/journal', { text: entry })).status).toBe(201);
    expect((await client.get(`/api/journal?q=${secret}`)).status).toBe(200);
    // A write the database refuses: a failed query's message carries its parameters (the text).
    await server.database.db.execute(
      sql.raw('alter table journal_entries add constraint logs_test_refuse check (false) not valid'),
    );
    try {
      const refused = await client.post('/api/journal', { text: `another night ${secret}` });
      expect(refused.status).toBe(500);
    } finally {
      await server.database.db.execute(
        sql.raw('alter table journal_entries drop constraint logs_test_refuse'),
      );
    }
    await client.post('/api/check', { text: `hey ${secret}`, exName: secret });
    await client.get(`/api/journal/${secret}`);

    const error = lines.find((l) => l.includes('unhandled error'));
    expect(error, 'the refused write is logged for the operator').toBeDefined();
    expect(JSON.parse(error!).err.at.length, 'with its call frames').toBeGreaterThan(0);
    const leaks = lines.filter(
      (l) => l.includes(secret) || l.includes(email) || l.includes(password) || /params|insert into/i.test(l),
    );
    console.log(`logs: ${lines.length} lines scanned, ${leaks.length} held a person's words`);
    expect(leaks).toEqual([]);
  });
});
