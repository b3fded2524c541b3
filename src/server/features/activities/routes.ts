import { desc } from 'drizzle-orm';
import { dayInFuture } from '../../../core/time/future.ts';
import {
  type Activity,
  type ActivityInput,
  activityPatchSchema,
  activitySchema,
} from '../../../shared/api/road.ts';
import { activities } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { ownedEntries } from '../../http/owned-entries.ts';
import { zoneOf } from '../program/zone.ts';

const columns = {
  id: activities.id,
  category: activities.category,
  what: activities.what,
  on: activities.on,
  note: activities.note,
};
const newestFirst = [desc(activities.on), desc(activities.createdAt)];
const values = (input: ActivityInput, at: Date) => ({ ...input, note: input.note ?? null, updatedAt: at });

/** Stage 4: things done for yourself, in a few taps. */
export const activityRoutes = crudRoutes<Activity, ActivityInput>({
  noun: 'activity',
  schema: activitySchema,
  patchSchema: activityPatchSchema,
  ...ownedEntries({ table: activities, columns, toEntry: (row) => row, values, orderBy: newestFirst }),
  toInput: ({ id: _id, ...rest }) => rest,
  screen: { source: 'activity', texts: (activity) => [activity.what, activity.note] },
  check: async (input, deps, userId) =>
    dayInFuture(input.on, deps.now(), await zoneOf(deps.db, userId)) ? 'activity_in_future' : null,
});
