import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { programs } from '../../db/schema.ts';

/** The person's time zone (from onboarding), or UTC before they have one. */
export async function zoneOf(db: Db, userId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: programs.timeZone })
    .from(programs)
    .where(eq(programs.userId, userId));
  return row?.timeZone ?? 'UTC';
}
