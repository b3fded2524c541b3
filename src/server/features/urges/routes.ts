import { desc } from 'drizzle-orm';
import { instantInFuture } from '../../../core/time/future.ts';
import { type Urge, type UrgeInput, urgePatchSchema, urgeSchema } from '../../../shared/api/no-contact.ts';
import { urges } from '../../db/schema.ts';
import { crudRoutes } from '../../http/crud.ts';
import { ownedEntries } from '../../http/owned-entries.ts';

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
const values = (input: UrgeInput, at: Date) => ({
  ...input,
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
  ...ownedEntries({ table: urges, columns, toEntry: toUrge, values, orderBy: [desc(urges.at)] }),
  toInput: ({ intensity, trigger, draft, note, at }) => ({ intensity, trigger, draft, note, at }),
  screen: { source: 'urge', texts: (urge) => [urge.draft, urge.note] },
  check: async (input, deps) => (input.at && instantInFuture(input.at, deps.now()) ? 'urge_in_future' : null),
});
