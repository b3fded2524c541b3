import { desc } from 'drizzle-orm';
import { dayInFuture } from '../../../core/time/future.ts';
import { type Outing, type OutingInput, outingPatchSchema, outingSchema } from '../../../shared/api/road.ts';
import { outings } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { ownedEntries } from '../../http/owned-entries.ts';
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
const values = (input: OutingInput, at: Date) => ({ ...input, note: input.note ?? null, updatedAt: at });

/** Stage 7: light time together, logged so the talk opens on the method's schedule. */
export const outingRoutes = crudRoutes<Outing, OutingInput>({
  noun: 'outing',
  schema: outingSchema,
  patchSchema: outingPatchSchema,
  ...ownedEntries({ table: outings, columns, toEntry: (row) => row, values, orderBy: [desc(outings.on)] }),
  toInput: ({ id: _id, ...rest }) => rest,
  screen: { source: 'outing', texts: (outing) => [outing.what, outing.note] },
  check: async (input, deps, userId) =>
    dayInFuture(input.on, deps.now(), await zoneOf(deps.db, userId)) ? 'outing_in_future' : null,
});
