import { describe, expect, it } from 'vitest';
import type { Today } from '../../shared/api/program.ts';
import { forDisplay, isolated } from './isolate.ts';

// FSI (U+2068) opens an isolate and PDI (U+2069) closes it, ending any override inside.
describe('names in sentences', () => {
  it('keeps a right-to-left override inside the name', () => {
    expect(`with ${isolated('Sam\u202Eeb')}.`).toBe('with \u2068Sam\u202Eeb\u2069.');
  });

  it('does not let a name close the isolate early', () => {
    expect(isolated('\u2069\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
  });

  it('isolates a Hebrew or Arabic name, and leaves a left-to-right name as typed', () => {
    expect(isolated('דנה')).toBe('\u2068דנה\u2069');
    expect(isolated('ليلى')).toBe('\u2068ليلى\u2069');
    expect(isolated('Zoë-Anne')).toBe('Zoë-Anne');
  });

  it('isolates the ex’s name in what every screen reads, and nothing else', () => {
    const today = { stage: 'no_contact', ex: { name: 'Sam\u202Eeb', pronouns: 'they' } } as unknown as Today;
    const shown = forDisplay(today);
    expect(shown.ex).toEqual({ name: '\u2068Sam\u202Eeb\u2069', pronouns: 'they' });
    expect(shown.stage).toBe('no_contact');
    expect(today.ex.name).toBe('Sam\u202Eeb');
  });
});
