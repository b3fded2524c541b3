import { eq } from 'drizzle-orm';
import type { SafetyPlan, SafetyPlanInput } from '../../../shared/api/safety-plan.ts';
import type { Db } from '../../db/database.ts';
import { safetyPlans } from '../../db/schema.ts';

const toPlan = (row: typeof safetyPlans.$inferSelect | undefined): SafetyPlan => ({
  warningSigns: row?.warningSigns ?? '',
  onMyOwn: row?.onMyOwn ?? '',
  distractions: row?.distractions ?? '',
  askForHelp: row?.askForHelp ?? '',
  professionals: row?.professionals ?? '',
  saferSpace: row?.saferSpace ?? '',
  reasonsToLive: row?.reasonsToLive ?? '',
  updatedAt: row?.updatedAt.toISOString() ?? null,
});

/** The whole plan: a section left out is stored empty, as it is on the person's screen. */
export const toColumns = (input: SafetyPlanInput) => ({
  warningSigns: input.warningSigns ?? null,
  onMyOwn: input.onMyOwn ?? null,
  distractions: input.distractions ?? null,
  askForHelp: input.askForHelp ?? null,
  professionals: input.professionals ?? null,
  saferSpace: input.saferSpace ?? null,
  reasonsToLive: input.reasonsToLive ?? null,
});

/** The person's plan, or empty sections; reading never creates a row (an import needs an empty account). */
export async function readPlan(db: Db, userId: string): Promise<SafetyPlan> {
  const [row] = await db.select().from(safetyPlans).where(eq(safetyPlans.userId, userId));
  return toPlan(row);
}

export async function savePlan(
  db: Db,
  userId: string,
  input: SafetyPlanInput,
  at: Date,
): Promise<SafetyPlan> {
  const columns = toColumns(input);
  const [row] = await db
    .insert(safetyPlans)
    .values({ userId, ...columns, updatedAt: at })
    .onConflictDoUpdate({ target: safetyPlans.userId, set: { ...columns, updatedAt: at } })
    .returning();
  return toPlan(row);
}
