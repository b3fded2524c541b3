import { and, desc, eq } from 'drizzle-orm';
import { dayIn } from '../../../core/time/days.ts';
import {
  type Activity,
  type ActivityInput,
  activityPatchSchema,
  activitySchema,
} from '../../../shared/api/road.ts';
import { activities } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { zoneOf } from '../program/zone.ts';

const columns = {
  id: activities.id,
  category: activities.category,
  what: activities.what,
  on: activities.on,
  note: activities.note,
};
const mine = (userId: string, id: string) => and(eq(activities.userId, userId), eq(activities.id, id));
const values = (input: ActivityInput, at: Date) => ({ ...input, note: input.note ?? null, updatedAt: at });

/** Stage 4: things done for yourself, in a few taps. */
export const activityRoutes = crudRoutes<Activity, ActivityInput>({
  noun: 'activity',
  schema: activitySchema,
  patchSchema: activityPatchSchema,
  list: (db, userId) =>
    db
      .select(columns)
      .from(activities)
      .where(eq(activities.userId, userId))
      .orderBy(desc(activities.on), desc(activities.createdAt))
      .limit(500),
  find: async (db, userId, id) => (await db.select(columns).from(activities).where(mine(userId, id)))[0],
  insert: async (db, userId, input, at) =>
    (
      await db
        .insert(activities)
        .values({ userId, ...values(input, at), createdAt: at })
        .returning(columns)
    )[0]!,
  update: async (db, userId, id, input, at) =>
    (await db.update(activities).set(values(input, at)).where(mine(userId, id)).returning(columns))[0],
  remove: async (db, userId, id) =>
    (await db.delete(activities).where(mine(userId, id)).returning({ id: activities.id })).length > 0,
  toInput: ({ id: _id, ...rest }) => rest,
  screen: { source: 'activity', texts: (activity) => [activity.what, activity.note] },
  check: async (input, deps, userId) =>
    input.on > dayIn(deps.now(), await zoneOf(deps.db, userId)) ? 'activity_in_future' : null,
});
