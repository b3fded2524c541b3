import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '../../shared/api/errors.ts';
import { isDatabaseUnavailable, isRaceLost } from '../db/pg-errors.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './env.ts';

export function errorResponse(c: Context, error: ApiError) {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json({ error: { code: error.code, message: error.message } } satisfies ErrorBody, error.status);
}

/** Maps every thrown error to the shared shape; unknown errors become a plain 500 with a logged id. */
export function onError(error: Error, c: Context<AppEnv>) {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException) {
    // Hono's own (e.g. body limit, malformed cookie): keep the status, use our shape.
    const status = error.status;
    const message = status === 413 ? 'That request is too large.' : 'That request could not be read.';
    return errorResponse(
      c,
      new ApiError(status, status === 413 ? 'payload_too_large' : 'invalid_input', message),
    );
  }
  const requestId = c.get('requestId');
  if (isDatabaseUnavailable(error)) {
    c.get('log').error({ err: { name: error.name, code: codeOf(error) } }, 'database unavailable');
    return errorResponse(
      c,
      new ApiError(
        503,
        'database_unavailable',
        'Rekindle cannot reach its database right now. Nothing was saved; please try again in a minute.',
        { 'Retry-After': '30' },
      ),
    );
  }
  // A write outside the account lock lost a race (deadlock, serialisation): nothing was written.
  if (isRaceLost(error))
    return errorResponse(
      c,
      new ApiError(409, 'conflict', 'Another change was being saved at the same moment. Please try again.'),
    );
  // The operator gets the error's name, code and call frames; never its message, which can hold
  // what a person wrote (a failed query's message lists its parameters on later lines).
  c.get('log').error(
    { err: { name: error.name, code: codeOf(error), at: framesOf(error) } },
    'unhandled error',
  );
  return errorResponse(
    c,
    new ApiError(
      500,
      'internal',
      `Something went wrong on our side. Nothing you typed is lost on your screen; please try again. (ref ${requestId})`,
    ),
  );
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error) return String(error.code);
  // Drizzle wraps the driver's error (which has the SQLSTATE) as its cause.
  return 'cause' in error ? codeOf(error.cause) : undefined;
}

/**
 * The `at …` lines of a stack, taken only from after the message: the message may span lines
 * (and a person's text could even contain a line that looks like a frame).
 */
export function framesOf(error: Error): string[] {
  const stack = error.stack ?? '';
  const end = stack.indexOf(error.message);
  if (end < 0) return [];
  return stack
    .slice(end + error.message.length)
    .split('\n')
    .filter((line) => /^\s+at \S/.test(line))
    .slice(0, 8)
    .map((line) => line.trim());
}
