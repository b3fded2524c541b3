import { and, desc, eq } from 'drizzle-orm';
import { dayIn } from '../../../core/time/days.ts';
import { type Outing, type OutingInput, outingPatchSchema, outingSchema } from '../../../shared/api/road.ts';
import { outings } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { zoneOf } from '../program/zone.ts';

const columns = {
  id: outings.id,
  on: outings.on,
  what: outings.what,
  feeling: outings.feeling,
  keptLight: outings.keptLight,
  pushedNextPlan: outings.pushedNextPlan,
  note: outings.note,
};
const mine = (userId: string, id: string) => and(eq(outings.userId, userId), eq(outings.id, id));
const values = (input: OutingInput, at: Date) => ({ ...input, note: input.note ?? null, updatedAt: at });

/** Stage 7: light time together, logged so the talk opens on the method's schedule. */
export const outingRoutes = crudRoutes<Outing, OutingInput>({
  noun: 'outing',
  schema: outingSchema,
  patchSchema: outingPatchSchema,
  list: (db, userId) =>
    db.select(columns).from(outings).where(eq(outings.userId, userId)).orderBy(desc(outings.on)).limit(500),
  find: async (db, userId, id) => (await db.select(columns).from(outings).where(mine(userId, id)))[0],
  insert: async (db, userId, input, at) =>
    (
      await db
        .insert(outings)
        .values({ userId, ...values(input, at), createdAt: at })
        .returning(columns)
    )[0]!,
  update: async (db, userId, id, input, at) =>
    (await db.update(outings).set(values(input, at)).where(mine(userId, id)).returning(columns))[0],
  remove: async (db, userId, id) =>
    (await db.delete(outings).where(mine(userId, id)).returning({ id: outings.id })).length > 0,
  toInput: ({ id: _id, ...rest }) => rest,
  screen: { source: 'outing', texts: (outing) => [outing.what, outing.note] },
  check: async (input, deps, userId) =>
    input.on > dayIn(deps.now(), await zoneOf(deps.db, userId)) ? 'outing_in_future' : null,
});
