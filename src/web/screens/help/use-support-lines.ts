import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResourcesAnswer } from '../../../shared/api/resources.ts';
import { request } from '../../api/client.ts';
import { chosenCountry, resourcesPath } from './country-choice.ts';

/**
 * The last lines fetched for each country are kept on this device, so the help page still lists
 * real lines with no network (they say nothing about the person; quick exit keeps them too).
 */
const keptKey = (path: string) => `rekindle.lines:${path}`;
function keep(path: string, answer: ResourcesAnswer) {
  try {
    localStorage.setItem(keptKey(path), JSON.stringify(answer));
  } catch {
    // Storage full or blocked: the page still works online.
  }
}
export function kept(path: string): ResourcesAnswer | undefined {
  try {
    const raw = localStorage.getItem(keptKey(path));
    return raw ? (JSON.parse(raw) as ResourcesAnswer) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches the lines for this device's country once, soon after the app opens, so that help has
 * real numbers the first time it is needed without a network (`/help`, and the notices on Today).
 */
export function keepLinesAhead(): void {
  const path = resourcesPath(chosenCountry());
  if (kept(path)) return;
  request('GET', path).then(
    (answer) => keep(path, answer),
    () => {},
  );
}

export type SupportLines = {
  /** The latest answer; while another country's lines load, the previous ones stay on show. */
  data: ResourcesAnswer | undefined;
  loading: boolean;
  failed: boolean;
  retry(): void;
};

/**
 * The support lines ordered for `country`, fetched again when it changes. Only the latest request
 * counts: an answer for a country no longer chosen (someone changed their mind quickly) is dropped.
 */
export function useSupportLines(country: string | null): SupportLines {
  const [data, setData] = useState<ResourcesAnswer>();
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const load = useCallback((forCountry: string | null) => {
    const mine = ++latest.current;
    setLoading(true);
    setFailed(false);
    const path = resourcesPath(forCountry);
    request('GET', path).then(
      (answer) => {
        if (mine !== latest.current) return;
        keep(path, answer);
        setData(answer);
        setLoading(false);
      },
      () => {
        if (mine !== latest.current) return;
        const saved = kept(path);
        if (saved) setData(saved);
        setFailed(true);
        setLoading(false);
      },
    );
  }, []);
  useEffect(() => load(country), [load, country]);
  // Leaving the page: whatever is still on its way is not wanted.
  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );
  return { data, loading, failed, retry: () => load(country) };
}
