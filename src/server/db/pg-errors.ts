/**
 * Recognise database errors by SQLSTATE and constraint name, never by message text (the driver's
 * own codeless errors are given a SQLSTATE where they happen: driver-errors.ts). Drizzle wraps
 * driver errors, so look through the `cause` chain.
 */
type PgErrorLike = { code?: string; constraint?: string };

function* causes(error: unknown): Generator<PgErrorLike & object> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    yield current as PgErrorLike & object;
    current = (current as { cause?: unknown }).cause;
  }
}

/**
 * The unique violation the caller expects (the race it handles), named by its constraint; any
 * other, or one whose constraint is not named, is a real error. Both drivers name it in
 * `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (const e of causes(error)) {
    if (e.code === '23505') return e.constraint === constraint;
  }
  return false;
}

/** The network between the process and the database failed (node's codes for a socket). */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
/** The server is shutting down, crashed, or not yet accepting connections. */
const shutdownCodes = new Set(['57P01', '57P02', '57P03']);

/**
 * The database cannot be reached: SQLSTATE class 08 (connection exception), 57P01-57P03, or a
 * socket error. Nothing was written, and trying again later is the answer.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code.startsWith('08') || shutdownCodes.has(code) || networkCodes.has(code)) return true;
  }
  return false;
}

/**
 * PostgreSQL gave up on a transaction because another one raced it: a serialization failure
 * (40001) or a deadlock (40P01). Nothing was written, so running it again is safe.
 */
export function isRaceLost(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e.code === '40001' || e.code === '40P01') return true;
  }
  return false;
}
