import { desc } from 'drizzle-orm';
import { dayInFuture } from '../../../core/time/future.ts';
import {
  type Contact,
  type ContactInput,
  contactPatchSchema,
  contactSchema,
} from '../../../shared/api/no-contact.ts';
import { contacts } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { ownedEntries } from '../../http/owned-entries.ts';
import { zoneOf } from '../program/zone.ts';

const columns = {
  id: contacts.id,
  kind: contacts.kind,
  on: contacts.on,
  channel: contacts.channel,
  warmth: contacts.warmth,
  note: contacts.note,
};
const newestFirst = [desc(contacts.on), desc(contacts.createdAt)];
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
  ...ownedEntries({ table: contacts, columns, toEntry: (row) => row, values, orderBy: newestFirst }),
  toInput: ({ id: _id, ...rest }) => rest,
  screen: { source: 'contact', texts: (contact) => [contact.note] },
  check: async (input, deps, userId) => {
    return dayInFuture(input.on, deps.now(), await zoneOf(deps.db, userId)) ? 'contact_in_future' : null;
  },
});
