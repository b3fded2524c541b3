import { describe, expect, it } from 'vitest';
import { emptyFacts, type Facts, type OpenSignalFacts, type ReflectionFacts } from './facts.ts';
import { safetyOf } from './gates.ts';
import { program, reflection } from './test-facts.ts';

const base = emptyFacts(program());

const signal = (over: Partial<OpenSignalFacts> = {}): OpenSignalFacts => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'self_harm',
  source: 'journal',
  tier: 'indirect',
  foundAt: new Date('2026-03-04T21:00:00Z'),
  ...over,
});

const facts = (r: Partial<ReflectionFacts>, signals: Partial<Facts['signals']> = {}): Facts => ({
  ...base,
  reflection: reflection(r),
  signals: { ...base.signals, ...signals },
});

const now = new Date('2026-03-05T12:00:00Z');
const daysAfter = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

describe('safetyOf', () => {
  it('is quiet with nothing recorded', () => {
    expect(safetyOf(base, now)).toEqual({
      concern: false,
      confirmed: false,
      selfHarm: false,
      gentle: false,
      signals: [],
    });
  });

  it('an unanswered self-harm signal keeps selfHarm on and lists where it was noticed', () => {
    const open = signal();
    const safety = safetyOf(facts({}, { open: [open], selfHarmOpen: true }), now);
    expect(safety).toMatchObject({ selfHarm: true, concern: false });
    expect(safety.signals).toEqual([
      {
        id: open.id,
        kind: 'self_harm',
        source: 'journal',
        tier: 'indirect',
        foundAt: '2026-03-04T21:00:00.000Z',
      },
    ]);
  });

  it('abuse found in text only asks; answered yes it is a concern, as "felt safe: no" is', () => {
    const asked = facts({}, { open: [signal({ kind: 'abuse', tier: 'physical' })], lastAbuseAt: now });
    expect(safetyOf(asked, now)).toMatchObject({
      concern: false,
      selfHarm: false,
      signals: [{ kind: 'abuse' }],
    });
    const yes = facts({}, { abuseConfirmed: true, lastAbuseAt: now });
    expect(safetyOf(yes, now)).toMatchObject({ concern: true, confirmed: false });
    expect(safetyOf(facts({ feltSafe: 'no' }), now)).toMatchObject({ concern: true, gentle: false });
  });

  it('"felt safe: mixed" is gentle, not a concern', () => {
    expect(safetyOf(facts({ feltSafe: 'mixed' }), now)).toMatchObject({ concern: false, gentle: true });
  });

  it('the choice to continue holds for 30 days, then is asked again', () => {
    const at = new Date('2026-03-05T12:00:00Z');
    const unsafe = facts({ feltSafe: 'no', safetyConfirmedAt: at });
    expect(safetyOf(unsafe, at).confirmed).toBe(true);
    expect(safetyOf(unsafe, new Date(daysAfter(at, 30).getTime() - 1)).confirmed).toBe(true);
    expect(safetyOf(unsafe, daysAfter(at, 30)).confirmed).toBe(false);
  });

  it('an abuse signal newer than the choice asks again; an older or dismissed one does not', () => {
    const at = new Date('2026-03-05T12:00:00Z');
    const later = daysAfter(at, 2);
    const newer = facts({ feltSafe: 'no', safetyConfirmedAt: at }, { lastAbuseAt: daysAfter(at, 1) });
    expect(safetyOf(newer, later).confirmed).toBe(false);
    const older = facts({ feltSafe: 'no', safetyConfirmedAt: at }, { lastAbuseAt: daysAfter(at, -1) });
    expect(safetyOf(older, later).confirmed).toBe(true);
  });
});
