import { and, desc, eq } from 'drizzle-orm';
import {
  type Checkin,
  type CheckinInput,
  checkinPatchSchema,
  checkinSchema,
} from '../../../shared/api/no-contact.ts';
import { checkins } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';

const columns = {
  id: checkins.id,
  at: checkins.at,
  mood: checkins.mood,
  sad: checkins.sad,
  desperate: checkins.desperate,
  steady: checkins.steady,
  wantBack: checkins.wantBack,
  darkThoughts: checkins.darkThoughts,
  note: checkins.note,
};
type Row = Omit<Checkin, 'at'> & { at: Date };
const toCheckin = (row: Row): Checkin => ({ ...row, at: row.at.toISOString() });
const mine = (userId: string, id: string) => and(eq(checkins.userId, userId), eq(checkins.id, id));
const values = (input: CheckinInput, at: Date) => ({
  mood: input.mood,
  sad: input.sad,
  desperate: input.desperate,
  steady: input.steady,
  wantBack: input.wantBack ?? null,
  darkThoughts: input.darkThoughts ?? null,
  note: input.note ?? null,
  at: input.at ? new Date(input.at) : at,
  updatedAt: at,
});

/** Emotion check-ins (METHOD.md §5); the latest ones feed the gate to contact. */
export const checkinRoutes = crudRoutes<Checkin, CheckinInput>({
  noun: 'check-in',
  schema: checkinSchema,
  patchSchema: checkinPatchSchema,
  list: async (db, userId) =>
    (
      await db
        .select(columns)
        .from(checkins)
        .where(eq(checkins.userId, userId))
        .orderBy(desc(checkins.at))
        .limit(500)
    ).map(toCheckin),
  find: async (db, userId, id) => {
    const [row] = await db.select(columns).from(checkins).where(mine(userId, id));
    return row && toCheckin(row);
  },
  insert: async (db, userId, input, at) => {
    const [row] = await db
      .insert(checkins)
      .values({ userId, ...values(input, at), createdAt: at })
      .returning(columns);
    return toCheckin(row!);
  },
  update: async (db, userId, id, input, at) => {
    const [row] = await db.update(checkins).set(values(input, at)).where(mine(userId, id)).returning(columns);
    return row && toCheckin(row);
  },
  remove: async (db, userId, id) =>
    (await db.delete(checkins).where(mine(userId, id)).returning({ id: checkins.id })).length > 0,
  toInput: ({ id: _id, ...rest }) => rest,
  // "Yes" to the dark thoughts question is a self-harm signal whatever the note says.
  screen: {
    source: 'checkin',
    texts: (checkin) => [checkin.note],
    asked: (checkin) => checkin.darkThoughts === 'yes',
  },
  check: async (input, deps) =>
    input.at && new Date(input.at).getTime() > deps.now().getTime() + 5 * 60_000 ? 'checkin_in_future' : null,
});
