import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import type { Param, RunStatement, Statement } from './prepared.ts';

/** A placeholder, or a string, quoted name or comment, in which a `$2` is only text. */
const tokens = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\$(\d+)/g;

/**
 * A prepared-statement runner bound to one transaction: the statement's text runs inside it, its
 * $n placeholders sent as bound parameters. For the rare write that must judge the facts while it
 * holds a lock (db/lock-account.ts); hot paths keep the pool's prepared statements.
 */
export function runIn(tx: Db): RunStatement {
  return async <Row>(statement: Statement, params: readonly Param[]) => {
    const chunks: SQL[] = [];
    let from = 0;
    for (const match of statement.text.matchAll(tokens)) {
      if (match[1] === undefined) continue; // a string or comment stays as it is
      chunks.push(
        sql.raw(statement.text.slice(from, match.index)),
        sql`${params[Number(match[1]) - 1] ?? null}`,
      );
      from = match.index + match[0].length;
    }
    chunks.push(sql.raw(statement.text.slice(from)));
    // Both drivers answer { rows }; Drizzle types the result by driver, unknown for either.
    const result: unknown = await tx.execute(sql.join(chunks));
    if (typeof result !== 'object' || result === null || !('rows' in result) || !Array.isArray(result.rows))
      throw new Error('The database answered a statement without rows.');
    return result.rows as Row[];
  };
}
