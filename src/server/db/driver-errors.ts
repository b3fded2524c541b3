import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Both drivers report some ways of losing the database as plain errors without a code:
 * node-postgres a connection that ended under a query ("Connection terminated unexpectedly") or
 * a pool that could not hand out a connection in time; PGlite a query after it was closed. They
 * are labelled here, where the driver's state says what happened, with the SQLSTATE a server
 * would have sent, so pg-errors.ts recognises every outage by its code, never by its text.
 */
const connectionFailure = '08006';
const cannotConnect = '08001';
const shutDown = '57P01';

/** Gives a codeless error `code`; an error that has one keeps it. */
function label(error: unknown, code: string): unknown {
  if (error instanceof Error && !('code' in error)) Object.assign(error, { code });
  return error;
}

type Call = (...args: unknown[]) => unknown;

/** `call` with the failures of the promise it returns passed through `relabel`. */
function relabelled<A extends unknown[], R>(
  call: (...args: A) => Promise<R>,
  relabel: (error: unknown) => unknown,
): (...args: A) => Promise<R> {
  return (...args) => call(...args).catch((error: unknown) => Promise.reject(relabel(error)));
}

/** The same for node-postgres, whose calls answer by a node-style callback when given one. */
function relabelledPg(call: Call, relabel: (error: unknown) => unknown): Call {
  return (...args) => {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) =>
        last(error ? relabel(error) : error, ...rest);
      return call(...args);
    }
    const result = call(...args);
    return result instanceof Promise
      ? result.catch((error: unknown) => Promise.reject(relabel(error)))
      : result;
  };
}

/** A node-postgres client whose queries failed by its connection ending say 08006. */
class LabelledClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    let lost = false;
    // Added before the client's own listener (added when it connects): the flag is up before the
    // client fails its queries with the codeless error.
    this.connection.once('end', () => {
      lost = true;
    });
    const query: Call = this.query.bind(this);
    Object.assign(this, {
      query: relabelledPg(query, (error) => (lost ? label(error, connectionFailure) : error)),
    });
  }
}

/** A pool whose failures to hand out a connection (refused, timed out, cut) carry a code. */
export function labelledPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, Client: LabelledClient });
  const connect: Call = pool.connect.bind(pool);
  // The pool's own query() connects through this too.
  Object.assign(pool, { connect: relabelledPg(connect, (error) => label(error, cannotConnect)) });
  return pool;
}

/** PGlite's calls after it was closed (shutdown, a restore swapping it out) say 57P01. */
export function labelClosed(client: PGlite): PGlite {
  const relabel = (error: unknown) => (client.closed ? label(error, shutDown) : error);
  const { query, exec, transaction } = client;
  Object.assign(client, {
    query: relabelled(query.bind(client), relabel),
    exec: relabelled(exec.bind(client), relabel),
    transaction: relabelled(transaction.bind(client), relabel),
  });
  return client;
}
