import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Problem } from '../../shared/api/program.ts';
import type { Answer, ApiPath, Body } from '../../shared/api/routes.ts';
import { RequestError, request } from './client.ts';

/** The network, answering once with `status` and `body` (JSON), or failing when body is an Error. */
function answer(status: number, body?: unknown) {
  const fetch = vi.fn(async () => {
    if (body instanceof Error) throw body;
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
afterEach(() => vi.unstubAllGlobals());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof RequestError ? { ...error, message: error.message } : error),
  );

describe('request', () => {
  it('sends JSON to /api with the cookie session and returns the parsed answer', async () => {
    const fetch = answer(201, { id: 'p1', text: 'x', whosePart: 'mine', fixable: true, position: 0 });
    const problem = await request('POST', '/problems', { text: 'x', whosePart: 'mine', fixable: true });
    expect(problem.id).toBe('p1');
    expect(fetch).toHaveBeenCalledWith('/api/problems', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x', whosePart: 'mine', fixable: true }),
    });
  });

  it('returns nothing for an answer without a body', async () => {
    answer(204);
    expect(await request('DELETE', '/problems/p1')).toBeUndefined();
    answer(202);
    expect(await request('POST', '/email/confirmation')).toBeUndefined();
  });

  it("throws the server's code and message for a refusal", async () => {
    answer(409, { error: { code: 'email_taken', message: 'There is already an account.' } });
    expect(
      await refusal(request('POST', '/auth/signup', { email: 'a@b.c', password: 'a long password' })),
    ).toMatchObject({
      status: 409,
      code: 'email_taken',
      message: 'There is already an account.',
    });
  });

  it('takes an error body it does not recognise for an internal error, without trusting its shape', async () => {
    for (const body of [undefined, 'text', { error: 'no' }, { error: { code: 'made_up', message: 7 } }]) {
      answer(500, body);
      expect(await refusal(request('GET', '/today'))).toMatchObject({
        status: 500,
        code: 'internal',
        message: 'Something went wrong on our side. Please try again in a moment.',
      });
    }
  });

  it('says the network is down when fetch fails, and that a write kept what was typed', async () => {
    answer(0, new TypeError('Failed to fetch'));
    expect(await refusal(request('GET', '/today'))).toMatchObject({ status: 0, code: 'network' });
    answer(0, new TypeError('Failed to fetch'));
    const write = await refusal(request('PUT', '/letter', { text: 'draft' }));
    expect(write).toMatchObject({ code: 'network', message: expect.stringContaining('still here') });
  });

  it('is typed from the route map: the answer by method and path, a wrong path or body refused', () => {
    expectTypeOf<Answer<'GET', '/problems'>>().toEqualTypeOf<Problem[]>();
    expectTypeOf<Answer<'PATCH', `/problems/${string}`>>().toEqualTypeOf<Problem>();
    expectTypeOf<Answer<'DELETE', `/problems/${string}`>>().toEqualTypeOf<void>();
    expectTypeOf<Answer<'GET', '/notifications?limit=5'>>().toHaveProperty('unread');
    expectTypeOf<'/problem'>().not.toExtend<ApiPath<'GET'>>();
    expectTypeOf<'/today'>().not.toExtend<ApiPath<'POST'>>();
    expectTypeOf<{ intensity: 5; trigger: 'rain' }>().not.toExtend<Body<'POST', '/urges'>>();
    expectTypeOf<{ intensity: 5; trigger: 'night' }>().toExtend<Body<'POST', '/urges'>>();
    expectTypeOf<Body<'POST', '/auth/logout'>>().toEqualTypeOf<undefined>();
  });
});
