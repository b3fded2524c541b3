import { and, desc, eq } from 'drizzle-orm';
import { dayIn } from '../../../core/time/days.ts';
import {
  type Contact,
  type ContactInput,
  contactPatchSchema,
  contactSchema,
} from '../../../shared/api/no-contact.ts';
import { contacts } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { zoneOf } from '../program/zone.ts';

const columns = {
  id: contacts.id,
  kind: contacts.kind,
  on: contacts.on,
  channel: contacts.channel,
  warmth: contacts.warmth,
  note: contacts.note,
};
const mine = (userId: string, id: string) => and(eq(contacts.userId, userId), eq(contacts.id, id));
const values = (input: ContactInput, at: Date) => ({
  kind: input.kind,
  on: input.on,
  channel: input.channel,
  warmth: input.warmth ?? null,
  note: input.note ?? null,
  updatedAt: at,
});

/**
 * Contact logged honestly (METHOD.md §3): a slip on day D restarts no contact from D; necessary
 * contact (children, lease, belongings) and contact from them do not.
 */
export const contactRoutes = crudRoutes<Contact, ContactInput>({
  noun: 'contact',
  schema: contactSchema,
  patchSchema: contactPatchSchema,
  list: (db, userId) =>
    db
      .select(columns)
      .from(contacts)
      .where(eq(contacts.userId, userId))
      .orderBy(desc(contacts.on), desc(contacts.createdAt))
      .limit(500),
  find: async (db, userId, id) => (await db.select(columns).from(contacts).where(mine(userId, id)))[0],
  insert: async (db, userId, input, at) =>
    (
      await db
        .insert(contacts)
        .values({ userId, ...values(input, at), createdAt: at })
        .returning(columns)
    )[0]!,
  update: async (db, userId, id, input, at) =>
    (await db.update(contacts).set(values(input, at)).where(mine(userId, id)).returning(columns))[0],
  remove: async (db, userId, id) =>
    (await db.delete(contacts).where(mine(userId, id)).returning({ id: contacts.id })).length > 0,
  toInput: ({ id: _id, ...rest }) => rest,
  screen: { source: 'contact', texts: (contact) => [contact.note] },
  check: async (input, deps, userId) => {
    const today = dayIn(deps.now(), await zoneOf(deps.db, userId));
    return input.on > today ? 'contact_in_future' : null;
  },
});
