import type { Today } from '../../shared/api/program.ts';

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …) and the explicit direction marks.
const needsIsolation =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const isolateMarks = /[\u2066-\u2069]/g;

/**
 * A name someone typed, set apart from the sentence around it with Unicode's first-strong
 * isolate (what `<bdi>` does, but usable in labels and legends too): a right-to-left override,
 * or a Hebrew or Arabic name, cannot reverse or reorder the rest of the sentence. Isolate marks
 * inside the name are dropped so it cannot close the isolate early. A name written left to right
 * needs none, and is left as typed, so screen readers and voice control read it plainly.
 */
export function isolated(name: string): string {
  if (!needsIsolation.test(name)) return name;
  return `\u2068${name.replace(isolateMarks, '')}\u2069`;
}

/** Today as the screens show it: the ex's name isolated wherever a sentence uses it. */
export function forDisplay(today: Today): Today {
  return { ...today, ex: { ...today.ex, name: isolated(today.ex.name) } };
}
