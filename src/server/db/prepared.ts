import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * A statement for the hottest request paths (the session lookup, the facts behind Today),
 * prepared once per connection so each request pays for executing it, not for parsing and
 * planning it again. `text` uses $1…$n with casts; `types` are the parameters' SQL types.
 */
export type Statement = { name: string; text: string; types: readonly string[] };
export type Param = string | number | boolean | null;
export type RunStatement = <Row>(statement: Statement, params: readonly Param[]) => Promise<Row[]>;

/**
 * A parameter written as an SQL literal. PGlite runs EXECUTE fastest over the simple protocol,
 * which carries no separate parameters; with standard_conforming_strings (on by default, and
 * checked when the runner starts) doubling the quotes is the whole escaping of a string.
 */
export function literal(value: Param): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('An SQL parameter must be a finite number.');
    return String(value);
  }
  if (value.includes('\0')) throw new TypeError('An SQL parameter cannot contain a NUL character.');
  return `'${value.replaceAll("'", "''")}'`;
}

const validName = /^[a-z_][a-z0-9_]*$/;
const list = (items: readonly string[]) => (items.length ? ` (${items.join(', ')})` : '');

/** The embedded database: PREPARE once, then EXECUTE with literal parameters. */
export function pgliteRunner(client: PGlite): RunStatement {
  const prepared = new Map<string, Promise<void>>();
  let checked: Promise<void> | undefined;
  const prepare = (statement: Statement) => {
    let ready = prepared.get(statement.name);
    if (!ready) {
      if (!validName.test(statement.name)) throw new TypeError(`Bad statement name ${statement.name}`);
      checked ??= client
        .query<{ standard_conforming_strings: string }>('show standard_conforming_strings')
        .then(({ rows }) => {
          if (rows[0]?.standard_conforming_strings !== 'on')
            throw new Error('standard_conforming_strings must be on.');
        });
      checked.catch(() => {
        checked = undefined; // a failed check is tried again next time, not remembered
      });
      ready = checked.then(() =>
        client
          .exec(`prepare "${statement.name}"${list(statement.types)} as ${statement.text}`)
          .then(() => {}),
      );
      ready.catch(() => prepared.delete(statement.name));
      prepared.set(statement.name, ready);
    }
    return ready;
  };
  return async <Row>(statement: Statement, params: readonly Param[]) => {
    await prepare(statement);
    const [result] = await client.exec(`execute "${statement.name}"${list(params.map(literal))}`);
    return (result?.rows ?? []) as Row[];
  };
}

/** PostgreSQL: node-postgres prepares a named statement on each pooled connection the first time. */
export function pgRunner(pool: pg.Pool): RunStatement {
  return async <Row>(statement: Statement, params: readonly Param[]) => {
    const result = await pool.query({ name: statement.name, text: statement.text, values: [...params] });
    return result.rows as Row[];
  };
}
