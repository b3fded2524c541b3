import type { ErrorCode } from '../../shared/api/errors.ts';
import type { Answer, ApiPath, Body, Method } from '../../shared/api/routes.ts';

/** An API refusal, with the server's message meant for the person. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
  ) {
    super(message);
  }
}

// A page that could not load has nothing typed in it yet: only a write says what it kept.
const offlineRead = 'We could not reach Rekindle. Check your connection and try again.';
const offlineWrite =
  'We could not reach Rekindle. Check your connection and try again; what you typed is still here.';

/** Every code the server may refuse with: its error body is read, not taken on trust. */
const errorCodes: Record<ErrorCode, true> = {
  bad_json: true,
  unsupported_media_type: true,
  payload_too_large: true,
  invalid_input: true,
  unauthenticated: true,
  forbidden: true,
  cross_origin: true,
  wrong_password: true,
  not_found: true,
  no_program: true,
  conflict: true,
  email_taken: true,
  rate_limited: true,
  database_unavailable: true,
  internal: true,
};
const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.hasOwn(errorCodes, code);
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The refusal an error answer (`{ "error": { "code", "message" } }`, shared/api/errors.ts) describes. */
function refusal(status: number, data: unknown): RequestError {
  const error = isObject(data) && 'error' in data && isObject(data.error) ? data.error : {};
  return new RequestError(
    status,
    'code' in error && isErrorCode(error.code) ? error.code : 'internal',
    'message' in error && typeof error.message === 'string'
      ? error.message
      : 'Something went wrong on our side. Please try again in a moment.',
  );
}

/**
 * Calls the API (same origin, cookie session) with any path and body, and returns the parsed JSON
 * (undefined when the answer has none), or throws RequestError. Screens use `request`, which is
 * typed from the contract; this is for writes kept on the device (api/outbox.ts), read back untyped.
 */
export async function send(
  method: Method,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new RequestError(0, 'network', method === 'GET' ? offlineRead : offlineWrite);
  }
  if (response.status === 204) return undefined;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw refusal(response.status, data);
  return data;
}

/** After the path: the body, when the route takes one (shared/api/routes.ts), then extra headers. */
type After<M extends Method, P extends string> =
  undefined extends Body<M, P>
    ? [body?: Body<M, P>, headers?: Record<string, string>]
    : [body: Body<M, P>, headers?: Record<string, string>];

/**
 * Calls `method path` of the API (shared/api/routes.ts): a path or body the route does not take is
 * a type error, and the answer has the route's type (void when it has no body). That type is the
 * contract's word for what the server sends, the one place it is taken on trust; the route map's
 * test holds it to the server's route table.
 */
export function request<M extends Method, P extends ApiPath<M>>(
  method: M,
  path: P,
  ...after: After<M, P>
): Promise<Answer<M, P>>;
export function request(method: Method, path: string, body?: unknown, headers?: Record<string, string>) {
  return send(method, path, body, headers);
}

/** An answer that has come: the data, or the error it was refused with. */
export type Settled<T> = { ok: true; data: T } | { ok: false; error: unknown };

type Early = { pending: Promise<unknown>; settled?: Settled<unknown> };
const early = new Map<string, Early>();

/**
 * Starts a GET before React has mounted (main.tsx), so the first screen's data travels alongside
 * the session check instead of after it: on a slow network each round trip is a noticeable wait.
 */
export function prefetch(path: ApiPath<'GET'>): void {
  const entry: Early = { pending: send('GET', path) };
  entry.pending.then(
    (data) => {
      entry.settled = { ok: true, data };
    },
    (error: unknown) => {
      entry.settled = { ok: false, error };
    },
  );
  early.set(path, entry);
}

/**
 * The early GET's answer if it has already come, taken so it is used once: the first render can
 * show it at once instead of painting "loading" and then the page.
 */
export function takeArrived<P extends ApiPath<'GET'>>(path: P): Settled<Answer<'GET', P>> | undefined;
export function takeArrived(path: string): Settled<unknown> | undefined {
  const settled = early.get(path)?.settled;
  if (settled) early.delete(path);
  return settled;
}

/**
 * Resolves once every early GET still waiting to be used has answered (at once when none is): the
 * session waits for it, so the first signed-in render shows the page rather than "loading" first.
 */
export function earlyAnswers(): Promise<unknown> {
  return Promise.allSettled([...early.values()].map((entry) => entry.pending));
}

/** The GET for `path`: the early one if it was started and not yet used, else a new one. */
export function getOnce<P extends ApiPath<'GET'>>(path: P): Promise<Answer<'GET', P>>;
export function getOnce(path: string): Promise<unknown> {
  const entry = early.get(path);
  early.delete(path);
  return entry?.pending ?? send('GET', path);
}

/** Drops early GETs not yet used: after signing in or out they would answer for the wrong person. */
export function forgetPrefetched(): void {
  early.clear();
}
