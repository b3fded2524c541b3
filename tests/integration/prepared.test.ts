import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const echo = {
  name: 'test_echo',
  types: ['text', 'integer', 'boolean'],
  text: 'select $1::text as t, $2::integer as n, $3::boolean as b',
} as const;

describe('prepared statements (the hot paths: session lookup and Today)', () => {
  it('carries any text through unchanged, quotes and SQL included, and runs nothing else', async () => {
    const { run, db } = server.database;
    const users = async () =>
      ((await db.execute(sql`select count(*)::int as n from users`)) as unknown as { rows: { n: number }[] })
        .rows[0]!.n;
    const before = await users();
    const texts = [
      "O'Brien",
      "'); delete from users; --",
      "\\'; delete from users; select '",
      '$1 $$ dollar $$ quoting',
      'émoji 💔 and a "double quote"',
      '',
    ];
    for (const t of texts) {
      expect(await run(echo, [t, 7, true])).toEqual([{ t, n: 7, b: true }]);
    }
    expect(await run(echo, [null, null, false])).toEqual([{ t: null, n: null, b: false }]);
    expect(await users()).toBe(before);
  });

  it('prepares once even when many requests arrive together at first', async () => {
    const first = { ...echo, name: 'test_echo_together' };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.database.run<{ n: number }>(first, [String(i), i, true])),
    );
    expect(results.map((r) => r[0]!.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('refuses a NUL character or a number that is not finite', async () => {
    await expect(server.database.run(echo, ['a\0b', 1, true])).rejects.toThrow();
    await expect(server.database.run(echo, ['a', Number.NaN, true])).rejects.toThrow();
  });
});
