import { useState } from 'react';

/** Where the person's choice is kept on this device; quick exit leaves it (it says nothing about why). */
export const countryKey = 'rekindle.country';
/** Kept when someone picks "Somewhere else", so the browser's region is not guessed again. */
const elsewhere = 'elsewhere';

/**
 * The region of the browser's first language that names one (en-GB → GB), or null: a bare "en"
 * says nothing about where someone is, so it is not guessed into "US".
 */
export function browserRegion(languages: readonly string[] = navigator.languages ?? [navigator.language]) {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // Not a language tag this browser understands: try the next one.
    }
  }
  return null;
}

function saved(): string | null {
  try {
    return localStorage.getItem(countryKey);
  } catch {
    return null; // storage blocked (some private modes): fall back to the browser's region
  }
}

/** The country to show lines for: the person's choice, else the browser's region; null for "somewhere else". */
export function chosenCountry(): string | null {
  const choice = saved();
  if (choice === elsewhere) return null;
  if (choice && /^[A-Z]{2}$/.test(choice)) return choice;
  return browserRegion();
}

/** The API path for the lines, ordered for `country`. */
export const resourcesPath = (country: string | null): '/resources' | `/resources?${string}` =>
  country ? `/resources?country=${country}` : '/resources';

/** The chosen country, and a setter that remembers a new choice on this device. */
export function useCountry(): [string | null, (country: string | null) => void] {
  const [country, setCountry] = useState(chosenCountry);
  const choose = (next: string | null) => {
    try {
      localStorage.setItem(countryKey, next ?? elsewhere);
    } catch {
      // Not remembered, but still used for this visit.
    }
    setCountry(next);
  };
  return [country, choose];
}
