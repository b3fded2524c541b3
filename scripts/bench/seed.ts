// Realistic history for the benchmarks, written with set-based SQL: people, their programs,
// reflections, sessions, and days of check-ins, urges and activities.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { detectorVersion } from '../../src/core/safety/screen.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { pgliteTemplatePath, readTemplate } from '../../tests/support/template.ts';

/**
 * Seeds people, programs and `days` days of history each with set-based SQL (seconds, not
 * minutes), and signed-in sessions for `sessions` of them spread evenly over all, whose tokens it
 * returns.
 */
export async function seed(
  env: Record<string, string>,
  people: number,
  { days = 90, sessions = people }: { days?: number; sessions?: number } = {},
): Promise<string[]> {
  const database = env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL })
    : await openDatabase({
        kind: 'pglite',
        dataDir: env.REKINDLE_DATA_DIR!,
        template: readTemplate(await pgliteTemplatePath()),
      });
  await database.migrate();
  const { db } = database;
  const tokens = Array.from({ length: Math.min(sessions, people) }, () =>
    randomBytes(32).toString('base64url'),
  );
  const hashes = tokens.map((t) => createHash('sha256').update(t).digest('hex'));
  await db.execute(sql`insert into users (email, password_hash)
    select 'bench-' || g || '@example.com', 'not-a-real-hash' from generate_series(1, ${people}) g on conflict do nothing`);
  await db.execute(sql`insert into programs (user_id, scenario, ex_name, ex_pronouns, ended_on, last_contact_on, time_zone)
    select id, 'they_ended', 'Alex', 'he', current_date - 95, current_date - 90, 'Europe/Berlin' from users
    where email like 'bench-%' on conflict do nothing`);
  await db.execute(sql`insert into reflections (user_id, treated_well, felt_good, felt_safe, decision)
    select user_id, 'yes', 'yes', 'yes', 'yes' from programs on conflict do nothing`);
  await db.execute(sql`insert into problems (user_id, text, whose_part, fixable, position)
    select user_id, 'We stopped making time for each other.', 'both', true, 0 from programs`);
  for (const [table, columns, values] of [
    [
      'checkins',
      'user_id, at, mood, sad, desperate, steady, want_back',
      // Every second week the check asks "do I want them back?".
      `p.user_id, now() - (d || ' days')::interval, 5 + d % 5, 5, 4, 6, case when d % 14 = 0 then 'not_sure' end`,
    ],
    [
      'urges',
      'user_id, at, intensity, trigger',
      `p.user_id, now() - (d || ' days')::interval - interval '3 hours', d % 10, 'night'`,
    ],
    ['activities', 'user_id, category, what, on_day', `p.user_id, 'move', 'a walk', current_date - d`],
  ] as const) {
    await db.execute(
      sql.raw(
        `insert into ${table} (${columns}) select ${values} from programs p cross join generate_series(1, ${days}) d`,
      ),
    );
  }
  // The seeded texts are two fixed, ordinary sentences: they are marked screened by this detector,
  // so the benchmark measures steady use, not the one-time background screening after an upgrade.
  await db.execute(sql`insert into safety_screening (id, detector_version, screened_at)
    values (1, ${detectorVersion}, now()) on conflict (id) do update set detector_version = excluded.detector_version`);
  // Sessions for people spread evenly over everyone seeded (every `step`-th by number), so the
  // signed-in few are as far apart in the tables and indexes as real people would be.
  const step = Math.max(1, Math.floor(people / tokens.length));
  const ids = (await db.execute(
    sql`select id from users where email like 'bench-%'
      and split_part(split_part(email, '@', 1), '-', 2)::int % ${step} = 0
      order by split_part(split_part(email, '@', 1), '-', 2)::int limit ${tokens.length}`,
  )) as unknown as {
    rows: { id: string }[];
  };
  for (let i = 0; i < ids.rows.length; i += 500) {
    const chunk = ids.rows.slice(i, i + 500);
    const values = chunk.map((r, j) => sql`(${hashes[i + j]}, ${r.id})`);
    await db.execute(sql`insert into sessions (token_hash, user_id) values ${sql.join(values, sql`, `)}`);
  }
  await database.close();
  return tokens.slice(0, ids.rows.length);
}
