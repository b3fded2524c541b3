import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer, ApiPath } from '../../shared/api/routes.ts';
import { getOnce, RequestError, type Settled, takeArrived } from './client.ts';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; error: RequestError }
  | { status: 'ready'; data: T; at: number };

const asRequestError = (error: unknown) =>
  error instanceof RequestError ? error : new RequestError(0, 'internal', String(error));

const loaded = <T>(answer: Settled<T>): Loaded<T> =>
  answer.ok
    ? { status: 'ready', data: answer.data, at: Date.now() }
    : { status: 'error', error: asRequestError(answer.error) };

/**
 * GETs a path and keeps the result (with when it came, `at`); `reload()` fetches it again and
 * resolves once it has. When the early GET (main.tsx) has already answered, the first render
 * shows that answer. The answer's type is the route's (shared/api/routes.ts).
 */
export function useApi<P extends ApiPath<'GET'>>(path: P) {
  type T = Answer<'GET', P>;
  const [state, setState] = useState<Loaded<T>>(() => {
    const arrived = takeArrived(path);
    return arrived ? loaded(arrived) : { status: 'loading' };
  });
  const load = useCallback(
    () =>
      getOnce(path).then(
        (data) => setState({ status: 'ready', data, at: Date.now() }),
        (error: unknown) => setState({ status: 'error', error: asRequestError(error) }),
      ),
    [path],
  );
  // Fetched on mount, unless the first render already had the answer.
  const arrivedFirst = useRef(state.status !== 'loading');
  useEffect(() => {
    if (arrivedFirst.current) arrivedFirst.current = false;
    else load();
  }, [load]);
  return { state, reload: load, setData: (data: T) => setState({ status: 'ready', data, at: Date.now() }) };
}
