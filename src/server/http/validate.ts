import type { Context } from 'hono';
import type { z } from 'zod';
import { fail } from './api-error.ts';

/**
 * Reads and validates a JSON body with a zod schema. Every failure is a 4xx a person can act on:
 * wrong content type (415), not JSON (400), not the right shape (422). Size is capped before
 * this by the body-limit middleware (413).
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw fail('not_json');
  }
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    throw fail('body_unreadable');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw fail('body_not_json');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw fail('invalid_body', { problems: describeIssues(result.error.issues) });
  return result.data;
}

/**
 * Every problem, in words a person can act on, so a form can be fixed in one go (a person on a
 * phone should not have to send it again to find out what else was wrong).
 */
function describeIssues(issues: z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'Some of what was sent is not valid.';
  if (first.code === 'invalid_type' && first.path.length === 0) return 'Send a JSON object.';
  const messages = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `We don't know the field ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    const field = issue.path.join('.');
    return issue.message.startsWith('Invalid input') && field
      ? `${field} is missing or not valid.`
      : issue.message;
  });
  return [...new Set(messages)].join(' ');
}
