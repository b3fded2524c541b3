import type { ResourceLine, Resources, ResourcesAnswer } from '../../../shared/api/resources.ts';

/** 0: the person's own country, 1: international directories, 2: another country's line. */
const rank = (line: ResourceLine, country: string | null) => {
  if (!line.countries) return 1;
  return country !== null && line.countries.includes(country) ? 0 : 2;
};

/**
 * Orders each group for someone in `country` (null: not known): that country's lines first, then
 * the international directories, then every other country's lines. Within a rank the file's own
 * order stands (the sort is stable), so the operator decides which line comes first.
 *
 * @example orderForCountry(resources, 'GB').crisis.items[0] // Samaritans, not the US 988 line
 */
export function orderForCountry(resources: Resources, country: string | null): ResourcesAnswer {
  const order = (group: Resources['crisis']) => ({
    ...group,
    items: group.items.toSorted((a, b) => rank(a, country) - rank(b, country)),
  });
  return {
    crisis: order(resources.crisis),
    abuse: order(resources.abuse),
    country,
    countries: countriesIn(resources),
  };
}

/** Every country the file has a line for, sorted, once each. */
export function countriesIn(resources: Resources): string[] {
  const all = [...resources.crisis.items, ...resources.abuse.items].flatMap((line) => line.countries ?? []);
  return [...new Set(all)].sort();
}
