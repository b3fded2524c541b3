/**
 * Recognise database errors by SQLSTATE and constraint name, never by message text.
 * Drizzle wraps driver errors, so look through the `cause` chain.
 */
type PgErrorLike = { code?: string; constraint?: string; constraint_name?: string };

function* causes(error: unknown): Generator<PgErrorLike & object> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    yield current as PgErrorLike & object;
    current = (current as { cause?: unknown }).cause;
  }
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (const e of causes(error)) {
    if (e.code === '23505') {
      // node-postgres exposes `constraint`; PGlite's message detail carries the same name.
      const name = e.constraint ?? e.constraint_name;
      if (name === undefined || name === constraint) return true;
    }
  }
  return false;
}

const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e.code && unavailableCodes.has(e.code)) return true;
    if (
      error instanceof Error &&
      /Connection terminated|timeout exceeded when trying to connect/.test(
        String((e as { message?: string }).message),
      )
    ) {
      return true;
    }
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
