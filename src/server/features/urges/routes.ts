import { and, desc, eq } from 'drizzle-orm';
import { type Urge, type UrgeInput, urgePatchSchema, urgeSchema } from '../../../shared/api/no-contact.ts';
import type { Db } from '../../db/database.ts';
import { urges } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';

const columns = {
  id: urges.id,
  at: urges.at,
  intensity: urges.intensity,
  trigger: urges.trigger,
  draft: urges.draft,
  note: urges.note,
};
type Row = {
  id: string;
  at: Date;
  intensity: number;
  trigger: Urge['trigger'];
  draft: string | null;
  note: string | null;
};
const toUrge = (row: Row): Urge => ({ ...row, at: row.at.toISOString() });
const mine = (userId: string, id: string) => and(eq(urges.userId, userId), eq(urges.id, id));
const values = (input: UrgeInput, at: Date) => ({
  intensity: input.intensity,
  trigger: input.trigger,
  draft: input.draft ?? null,
  note: input.note ?? null,
  at: input.at ? new Date(input.at) : at,
  updatedAt: at,
});

/** Urges never restart the no-contact clock; they are logged so the person can see them fade. */
export const urgeRoutes = crudRoutes<Urge, UrgeInput>({
  noun: 'urge',
  schema: urgeSchema,
  patchSchema: urgePatchSchema,
  list: async (db: Db, userId) =>
    (
      await db.select(columns).from(urges).where(eq(urges.userId, userId)).orderBy(desc(urges.at)).limit(500)
    ).map(toUrge),
  find: async (db, userId, id) => {
    const [row] = await db.select(columns).from(urges).where(mine(userId, id));
    return row && toUrge(row);
  },
  insert: async (db, userId, input, at) => {
    const [row] = await db
      .insert(urges)
      .values({ userId, ...values(input, at), createdAt: at })
      .returning(columns);
    return toUrge(row!);
  },
  update: async (db, userId, id, input, at) => {
    const [row] = await db.update(urges).set(values(input, at)).where(mine(userId, id)).returning(columns);
    return row && toUrge(row);
  },
  remove: async (db, userId, id) =>
    (await db.delete(urges).where(mine(userId, id)).returning({ id: urges.id })).length > 0,
  toInput: ({ intensity, trigger, draft, note, at }) => ({ intensity, trigger, draft, note, at }),
  screen: { source: 'urge', texts: (urge) => [urge.draft, urge.note] },
  check: async (input, deps) =>
    input.at && new Date(input.at).getTime() > deps.now().getTime() + 5 * 60_000 ? 'urge_in_future' : null,
});
