import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database.ts';
import { isDatabaseUnavailable, isUniqueViolation } from '../../src/server/db/pg-errors.ts';
import { users } from '../../src/server/db/schema.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * What the driver in use (PGlite, or node-postgres with DATABASE_URL) gives for the errors the
 * server recognises: the constraint a unique violation broke, and a code once the database is gone.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe(`driver errors (${process.env.DATABASE_URL ? 'node-postgres' : 'PGlite'})`, () => {
  it('names the constraint of a unique violation', async () => {
    const { db } = server.database;
    const person = { email: `${randomUUID()}@example.com`, passwordHash: 'x', createdAt: new Date() };
    await db.insert(users).values(person);
    const duplicate = await db
      .insert(users)
      .values(person)
      .catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate, 'users_email_unique')).toBe(true);
    expect(isUniqueViolation(duplicate, 'users_pkey')).toBe(false);
  });

  it('says the database is unavailable once it is closed', async () => {
    const url = process.env.DATABASE_URL;
    const database = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite-memory' });
    await database.db.execute(sql`select 1`);
    await database.close();
    const error = await database.db.execute(sql`select 1`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  }, 60_000);
});
