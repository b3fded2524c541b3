import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorBody } from '../../shared/api/errors.ts';
import { isDatabaseUnavailable } from '../db/pg-errors.ts';
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
  // The stack is logged for the operator; the message could hold user text, so it is not logged.
  c.get('log').error(
    {
      err: { name: error.name, code: codeOf(error), stack: error.stack?.split('\n').slice(1, 8).join('\n') },
    },
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
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
