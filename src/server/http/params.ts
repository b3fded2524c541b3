import type { Context } from 'hono';
import { fail } from './api-error.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `:id` of a route. Anything that is not a UUID cannot name a row: answer 404, not a database error. */
export function idParam(c: Context, what: string): string {
  const id = c.req.param('id') ?? '';
  if (!uuidPattern.test(id)) throw fail('id_not_found', { what });
  return id.toLowerCase();
}
