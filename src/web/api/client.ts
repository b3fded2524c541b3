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

const offline =
  'We could not reach Rekindle. Check your connection and try again; what you typed is still here.';

/** Calls the API (same origin, cookie session) and returns the parsed JSON, or throws RequestError. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new RequestError(0, 'network', offline);
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

const early = new Map<string, Promise<unknown>>();

/**
 * Starts a GET before React has mounted (main.tsx), so the first screen's data travels alongside
 * the session check instead of after it: on a slow network each round trip is a noticeable wait.
 */
export function prefetch(path: string): void {
  const pending = request('GET', path);
  pending.catch(() => {}); // whoever takes it sees the error
  early.set(path, pending);
}

/** The GET for `path`: the early one if it was started and not yet used, else a new one. */
export function getOnce<T>(path: string): Promise<T> {
  const pending = early.get(path);
  early.delete(path);
  return (pending as Promise<T> | undefined) ?? request<T>('GET', path);
}

/** Drops early GETs not yet used: after signing in or out they would answer for the wrong person. */
export function forgetPrefetched(): void {
  early.clear();
}
