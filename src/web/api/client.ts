import type { ErrorBody, ErrorCode } from '../../shared/api/errors.ts';

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

/** Calls the API (same origin, cookie session) and returns the parsed JSON, or throws RequestError. */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
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
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as Partial<ErrorBody> | undefined)?.error;
    throw new RequestError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? 'Something went wrong on our side. Please try again in a moment.',
    );
  }
  return data as T;
}

/** An answer that has come: the data, or the error it was refused with. */
export type Settled<T> = { ok: true; data: T } | { ok: false; error: unknown };

type Early = { pending: Promise<unknown>; settled?: Settled<unknown> };
const early = new Map<string, Early>();

/**
 * Starts a GET before React has mounted (main.tsx), so the first screen's data travels alongside
 * the session check instead of after it: on a slow network each round trip is a noticeable wait.
 */
export function prefetch(path: string): void {
  const entry: Early = { pending: request('GET', path) };
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
export function takeArrived<T>(path: string): Settled<T> | undefined {
  const settled = early.get(path)?.settled as Settled<T> | undefined;
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
export function getOnce<T>(path: string): Promise<T> {
  const entry = early.get(path);
  early.delete(path);
  return (entry?.pending as Promise<T> | undefined) ?? request<T>('GET', path);
}

/** Drops early GETs not yet used: after signing in or out they would answer for the wrong person. */
export function forgetPrefetched(): void {
  early.clear();
}
