import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError } from '../../core/errors.ts';
import type { ErrorBody } from '../../shared/api/errors.ts';
import { isDatabaseUnavailable, isRaceLost } from '../db/pg-errors.ts';
import { ApiError, fail, fromDomainError } from './api-error.ts';
import type { AppEnv } from './env.ts';

/** `status`: only for Hono's own exceptions, whose status is theirs to choose. */
export function errorResponse(c: Context, error: ApiError, status: ContentfulStatusCode = error.status) {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json({ error: { code: error.code, message: error.message } } satisfies ErrorBody, status);
}

/** Maps every thrown error to the shared shape; unknown errors become a plain 500 with a logged id. */
export function onError(error: Error, c: Context<AppEnv>) {
  if (error instanceof ApiError) return errorResponse(c, error);
  const refused = error instanceof DomainError ? fromDomainError(error) : undefined;
  if (refused) return errorResponse(c, refused);
  if (error instanceof HTTPException) {
    // Hono's own (e.g. body limit, malformed cookie): keep the status, use our shape.
    const status = error.status;
    return errorResponse(c, fail(status === 413 ? 'request_too_large' : 'request_unreadable'), status);
  }
  const requestId = c.get('requestId');
  if (isDatabaseUnavailable(error)) {
    c.get('log').error({ err: { name: error.name, code: codeOf(error) } }, 'database unavailable');
    return errorResponse(c, fail('database_unavailable'));
  }
  // A write outside the account lock lost a race (deadlock, serialisation): nothing was written.
  if (isRaceLost(error)) return errorResponse(c, fail('race_lost'));
  // The operator gets the error's name, code and call frames; never its message, which can hold
  // what a person wrote (a failed query's message lists its parameters on later lines).
  c.get('log').error(
    { err: { name: error.name, code: codeOf(error), at: framesOf(error) } },
    'unhandled error',
  );
  return errorResponse(c, fail('internal', { ref: requestId }));
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
