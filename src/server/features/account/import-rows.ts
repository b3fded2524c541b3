import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { dayInFuture, instantInFuture } from '../../../core/time/future.ts';
import { importLimits } from '../../../shared/api/limits.ts';
import type { OwnedTable } from '../../db/owned-tables.ts';
import { fail } from '../../http/api-error.ts';
import { maxProblems } from '../reflect/queries.ts';
import { bookkeeping, type ImportRule, importRules } from './import-rules.ts';

/** One table's rows, checked and ready to insert into the importing account. */
export type ImportBatch = { table: OwnedTable; rows: Record<string, unknown>[] };

const refuse = (reason: string) => fail('import_refused', { reason });

/**
 * Checks every row of an export against the rules its own route keeps (import-rules.ts) and turns
 * it into columns for `userId`: new ids (references between rows follow), instants as dates.
 * Throws a 413 past the row limits and a 422 that names the first row that breaks a rule, before
 * anything is written. Yields now and then, so other requests are answered meanwhile.
 */
export async function checkImport(
  tables: Record<string, unknown[]>,
  exported: OwnedTable[],
  userId: string,
  now: Date,
): Promise<ImportBatch[]> {
  const byName = new Map(exported.map((t) => [t.name, t]));
  const unknown = Object.keys(tables).filter((name) => !byName.has(name));
  if (unknown.length) refuseUnknown(unknown);
  checkLimits(tables);
  const rules = importRules(now);
  const newIds = new Map<string, string>();
  const idFor = (old: string) => {
    if (!newIds.has(old)) newIds.set(old, randomUUID());
    return newIds.get(old)!;
  };
  const problemIds = new Set((tables.problems ?? []).map((row) => idOf(row)));
  const batches: ImportBatch[] = [];
  // Problems first: talk notes point at them.
  const names = Object.keys(tables).sort((a, b) => Number(b === 'problems') - Number(a === 'problems'));
  for (const name of names) {
    const table = byName.get(name)!;
    const rule = rules[name];
    if (!rule) throw new Error(`No import rule for the exported table ${name}`);
    const rows = tables[name] ?? [];
    if (table.onePerPerson && rows.length > 1)
      throw refuse(`This export has ${rows.length} rows in ${name}, which holds only one per account.`);
    const columns = getTableColumns(table.table) as Record<string, PgColumn>;
    const rest = z.strictObject({ ...bookkeeping, ...rule.extras });
    const seen = new Map<string, number>();
    const out: Record<string, unknown>[] = [];
    for (const [index, raw] of rows.entries()) {
      const where = `Row ${index + 1} of ${name} (${/^[aeiou]/.test(rule.noun) ? 'an' : 'a'} ${rule.noun})`;
      const row = checkRow(raw, rule.schema, rest, columns, now, where);
      const key =
        typeof row.id === 'string' ? row.id : typeof row.problemId === 'string' ? row.problemId : null;
      if (key !== null) {
        const first = seen.get(key);
        if (first !== undefined) throw refuse(`${where} has the same id as row ${first}.`);
        seen.set(key, index + 1);
      }
      if (name === 'talk_notes' && !problemIds.has(String(row.problemId)))
        throw refuse(`${where} is about a problem that is not in this export.`);
      if (typeof row.id === 'string') row.id = idFor(row.id);
      if (typeof row.problemId === 'string') row.problemId = idFor(row.problemId);
      // What the route itself would fill in: a time for an urge or a check-in is when it was written.
      if ((name === 'urges' || name === 'checkins') && row.at === undefined) {
        if (!(row.createdAt instanceof Date)) throw refuse(`${where} needs "at", the time it happened.`);
        row.at = row.createdAt;
      }
      // An entry from before journal entries had their own time was written when it was saved.
      if (name === 'journal_entries' && row.at === undefined) {
        row.at = row.createdAt instanceof Date ? row.createdAt : now;
      }
      row.userId = userId;
      out.push(row);
      if (index % 500 === 499) await yieldToRequests();
    }
    if (name === 'problems') {
      if (out.length > maxProblems)
        throw refuse(`This export has ${out.length} problems; an account keeps at most ${maxProblems}.`);
      // One order, 0..n-1, as the routes keep it: by the positions given, then as listed.
      out
        .map((row, index) => ({ row, index, at: typeof row.position === 'number' ? row.position : index }))
        .sort((a, b) => a.at - b.at || a.index - b.index)
        .forEach(({ row }, position) => {
          row.position = position;
        });
    }
    if (out.length) batches.push({ table, rows: out });
  }
  return batches;
}

function refuseUnknown(names: string[]): never {
  throw refuse(`This export has parts we do not know: ${names.join(', ')}.`);
}

function checkLimits(tables: Record<string, unknown[]>) {
  let total = 0;
  for (const [name, list] of Object.entries(tables)) {
    total += list.length;
    if (list.length > importLimits.rowsPerTable)
      throw fail('import_part_too_large', { name, rows: list.length });
  }
  if (total > importLimits.rows) throw fail('import_too_large', { rows: total });
}

const idOf = (row: unknown) =>
  typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : undefined;

/** One row: the route's schema on its fields, the extras and bookkeeping on the rest. */
function checkRow(
  raw: unknown,
  schema: ImportRule['schema'],
  restSchema: z.ZodType,
  columns: Record<string, PgColumn>,
  now: Date,
  where: string,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw refuse(`${where} is not a row of named values.`);
  const own: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    // A column this server does not have (a newer export) is left out, as it always was.
    if (!(key in columns)) continue;
    (key in schema.shape ? own : rest)[key] = value;
  }
  const fields = parse(schema, own, where);
  const extras = parse(restSchema, rest, where);
  const row: Record<string, unknown> = { ...extras, ...fields };
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined) {
      delete row[key];
      continue;
    }
    const column = columns[key];
    if (typeof value !== 'string' || !column) continue;
    const problem = checkWhen(key, value, column, now);
    if (problem) throw refuse(`${where}: ${problem}`);
    if (column.columnType === 'PgTimestamp') row[key] = new Date(value);
  }
  return row;
}

function parse(schema: z.ZodType, value: unknown, where: string): Record<string, unknown> {
  const result = schema.safeParse(value);
  if (result.success) return result.data as Record<string, unknown>;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.');
  const message =
    !issue || issue.message.startsWith('Invalid input')
      ? `${field ? `"${field}"` : 'a value'} is missing or not valid.`
      : issue.message;
  throw refuse(`${where}${field ? `, field "${field}"` : ''}: ${message}`);
}

/**
 * Dates a person gave (a day, when it was sent) may not be in the future, as their routes say;
 * the server's own bookkeeping times get a year's slack. (The shared schemas already kept every
 * date inside their range.)
 */
function checkWhen(key: string, value: string, column: PgColumn, now: Date): string | null {
  const isInstant = column.columnType === 'PgTimestamp';
  if (!isInstant && column.columnType !== 'PgDateString') return null;
  const slack = key === 'createdAt' || key === 'updatedAt' ? 366 * 86_400_000 : 0;
  const asOf = new Date(now.getTime() + slack);
  const late = isInstant ? instantInFuture(value, asOf) : dayInFuture(value, asOf);
  return late
    ? `"${key}" (${value}) is in the future; only what has already happened can be imported.`
    : null;
}
