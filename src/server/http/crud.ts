import { Hono } from 'hono';
import type { z } from 'zod';
import type { PlainDomainErrorCode } from '../../core/errors.ts';
import type { SignalSource } from '../../core/safety/signals.ts';
import { requireUser } from '../auth/require-user.ts';
import type { Db } from '../db/database.ts';
import { withAccountLock } from '../db/lock-account.ts';
import { forgetSignals, recordSignals, type Texts } from '../features/safety/signals.ts';
import { fail } from './api-error.ts';
import type { AppEnv, Deps } from './env.ts';
import { forgetAnswersAbout, idempotent } from './idempotency.ts';
import { idParam } from './params.ts';
import { readJson } from './validate.ts';

/** What a feature provides to get list / create / read / update / delete over its own rows. */
export type CrudFeature<Row extends { id: string }, Input> = {
  /** The thing, as a person would name it: "urge", "check-in". */
  noun: string;
  schema: z.ZodType<Input>;
  patchSchema: z.ZodType<Partial<Input>>;
  /** `query` holds the URL's query parameters (e.g. `q` for a search). */
  list(db: Db, userId: string, query: Record<string, string>): Promise<Row[]>;
  find(db: Db, userId: string, id: string): Promise<Row | undefined>;
  insert(db: Db, userId: string, input: Input, at: Date): Promise<Row>;
  update(db: Db, userId: string, id: string, input: Input, at: Date): Promise<Row | undefined>;
  remove(db: Db, userId: string, id: string): Promise<boolean>;
  /** The stored row as input again, so a PATCH is merged and validated as a whole. */
  toInput(row: Row): Input;
  /** Rules that need the clock or the person's zone; the refusal when the input breaks one. */
  check?(input: Input, deps: Deps, userId: string): Promise<PlainDomainErrorCode | null>;
  /**
   * The free text in an entry, screened for safety signals whenever the entry is written, in the
   * same transaction (features/safety). `asked`: the entry itself says yes to dark thoughts.
   */
  screen: { source: SignalSource; texts(row: Row): Texts; asked?(row: Row): boolean };
};

/**
 * The five routes every list of owned entries has, all behind a session and scoped to the
 * person: someone else's id answers 404, never 403, so it does not even confirm it exists.
 */
export function crudRoutes<Row extends { id: string }, Input>(feature: CrudFeature<Row, Input>) {
  const missing = () => fail('entry_not_found', { noun: feature.noun });
  const { screen } = feature;
  const record = (tx: Db, userId: string, row: Row, at: Date, isNew = false) =>
    recordSignals(tx, userId, screen.source, row.id, screen.texts(row), at, {
      asked: screen.asked?.(row),
      isNew,
    });
  const validate = async (input: Input, deps: Deps, userId: string) => {
    const problem = await feature.check?.(input, deps, userId);
    if (problem) throw fail(problem);
  };
  return new Hono<AppEnv>()
    .get('/', requireUser, async (c) =>
      c.json(await feature.list(c.get('deps').db, c.get('user').id, c.req.query())),
    )
    .post('/', requireUser, idempotent, async (c) => {
      const deps = c.get('deps');
      const input = await readJson(c, feature.schema);
      const userId = c.get('user').id;
      await validate(input, deps, userId);
      const at = deps.now();
      // Writes run under the account's lock, so a rule an insert or update reads (a cap, a
      // one-only entry) holds on PostgreSQL too. `check` reads the pool, outside the lock: it
      // must not be what keeps such a rule (db/lock-account.ts).
      const row = await withAccountLock(deps.db, userId, async (tx) => {
        const row = await feature.insert(tx, userId, input, at);
        await record(tx, userId, row, at, true);
        return row;
      });
      return c.json(row, 201);
    })
    .get('/:id', requireUser, async (c) => {
      const row = await feature.find(c.get('deps').db, c.get('user').id, idParam(c, feature.noun));
      if (!row) throw missing();
      return c.json(row);
    })
    .patch('/:id', requireUser, async (c) => {
      const deps = c.get('deps');
      const id = idParam(c, feature.noun);
      const patch = await readJson(c, feature.patchSchema);
      const current = await feature.find(deps.db, c.get('user').id, id);
      if (!current) throw missing();
      const merged = feature.schema.safeParse({ ...feature.toInput(current), ...patch });
      if (!merged.success)
        throw fail('invalid_body', {
          problems: merged.error.issues[0]?.message ?? 'That change is not valid.',
        });
      const userId = c.get('user').id;
      await validate(merged.data, deps, userId);
      const at = deps.now();
      const row = await withAccountLock(deps.db, userId, async (tx) => {
        // Merged again with the entry as it is now: two changes to different fields made at the
        // same moment both stand (the one read before the lock may be out of date).
        const now = await feature.find(tx, userId, id);
        if (!now) return undefined;
        const fresh = feature.schema.safeParse({ ...feature.toInput(now), ...patch });
        if (!fresh.success) throw fail('entry_changed_meanwhile', { noun: feature.noun });
        const row = await feature.update(tx, userId, id, fresh.data, at);
        if (row) await record(tx, userId, row, at);
        return row;
      });
      if (!row) throw missing();
      return c.json(row);
    })
    .delete('/:id', requireUser, async (c) => {
      const userId = c.get('user').id;
      const id = idParam(c, feature.noun);
      const removed = await withAccountLock(c.get('deps').db, userId, async (tx) => {
        const removed = await feature.remove(tx, userId, id);
        if (removed) {
          await forgetSignals(tx, userId, screen.source, [id]);
          await forgetAnswersAbout(tx, userId, id, feature.noun);
        }
        return removed;
      });
      if (!removed) throw missing();
      return c.body(null, 204);
    });
}
