import { desc } from 'drizzle-orm';
import { instantInFuture } from '../../../core/time/future.ts';
import {
  type Checkin,
  type CheckinInput,
  checkinPatchSchema,
  checkinSchema,
} from '../../../shared/api/no-contact.ts';
import { checkins } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { ownedEntries } from '../../http/owned-entries.ts';

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
const values = (input: CheckinInput, at: Date) => ({
  ...input,
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
  ...ownedEntries({ table: checkins, columns, toEntry: toCheckin, values, orderBy: [desc(checkins.at)] }),
  toInput: ({ id: _id, ...rest }) => rest,
  // "Yes" to the dark thoughts question is a self-harm signal whatever the note says.
  screen: {
    source: 'checkin',
    texts: (checkin) => [checkin.note],
    asked: (checkin) => checkin.darkThoughts === 'yes',
  },
  check: async (input, deps) =>
    input.at && instantInFuture(input.at, deps.now()) ? 'checkin_in_future' : null,
});
