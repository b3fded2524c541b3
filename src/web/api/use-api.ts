import { useCallback, useEffect, useState } from 'react';
import { getOnce, RequestError } from './client.ts';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; error: RequestError }
  | { status: 'ready'; data: T };

/** GETs a path and keeps the result; `reload()` fetches it again and resolves once it has. */
export function useApi<T>(path: string) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const load = useCallback(() => {
    return getOnce<T>(path).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) =>
        setState({
          status: 'error',
          error: error instanceof RequestError ? error : new RequestError(0, 'internal', String(error)),
        }),
    );
  }, [path]);
  useEffect(() => {
    load();
  }, [load]);
  return { state, reload: load, setData: (data: T) => setState({ status: 'ready', data }) };
}
