import { asc, eq } from 'drizzle-orm';
import type { Config } from '../server/config.ts';
import { openConfiguredDatabase } from '../server/db/open-from-config.ts';
import { users } from '../server/db/schema.ts';
import { emailSchema } from '../shared/api/auth.ts';

/** `rekindle user list` and `rekindle user delete EMAIL` for the operator. */
export async function userCommand(config: Config, args: string[]): Promise<number> {
  const [sub, arg] = args;
  if (sub !== 'list' && sub !== 'delete') {
    console.error('Usage: rekindle user list | rekindle user delete EMAIL');
    return 2;
  }
  let email: string | undefined;
  if (sub === 'delete') {
    const parsed = emailSchema.safeParse(arg ?? '');
    if (!parsed.success) {
      console.error('Usage: rekindle user delete EMAIL (a full email address).');
      return 2;
    }
    email = parsed.data;
  }
  const database = await openConfiguredDatabase(config);
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
