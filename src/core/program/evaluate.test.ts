import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { type CheckinFacts, emptyFacts, type Facts, type ProgramFacts } from './facts.ts';
import { checkin as check, program, reflectedFacts } from './test-facts.ts';

/** Reflected, with a problem about money and a self-work aim; felt good only at times, still wants to try. */
const reflected = (p: Partial<ProgramFacts> = {}): Facts =>
  reflectedFacts({
    program: p,
    reflection: { selfWork: 'Listening without getting defensive.', feltGood: 'mixed' },
    problem: 'We stopped talking about money and it built up.',
  });

/** Reflected, with a steady full check on the morning of `day` (UTC). */
function ready(p: Partial<ProgramFacts>, day: string, over: Partial<Facts> = {}): Facts {
  const c = check(`${day}T07:00:00Z`);
  return { ...reflected(p), latestCheckin: c, latestFullCheck: c, ...over };
}

const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}Z`);

describe('no-contact minimum by scenario (day before / day of)', () => {
  it.each([
    ['they_ended', '2026-03-30', '2026-03-31', '2026-03-31'],
    ['mutual', '2026-03-30', '2026-03-31', '2026-03-31'],
  ] as const)('%s: contact opens on day 30', (scenario, before, on, earliest) => {
    expect(evaluate(ready({ scenario }, before), at(before)).stage).toBe('no_contact');
    const plan = evaluate(ready({ scenario }, on), at(on));
    expect(plan.stage).toBe('first_contact');
    expect(plan.noContact).toMatchObject({
      startedOn: '2026-03-01',
      days: 30,
      minimumDays: 30,
      earliestContactOn: earliest,
    });
  });

  it('i_ended: no contact starts when the letter is sent, and contact opens on day 14', () => {
    const letterless = ready({ scenario: 'i_ended' }, '2026-03-10');
    const waiting = evaluate(letterless, at('2026-03-10'));
    expect(waiting.stage).toBe('letter');
    expect(waiting.noContact).toMatchObject({
      startedOn: null,
      days: null,
      earliestContactOn: null,
      minimumDays: 14,
    });

    const sent = { letterSentOn: '2026-03-01' };
    const day13 = evaluate(ready({ scenario: 'i_ended' }, '2026-03-14', sent), at('2026-03-14'));
    expect(day13.stage).toBe('no_contact');
    expect(day13.noContact).toMatchObject({ days: 13, earliestContactOn: '2026-03-15' });
    expect(day13.gates.find((g) => g.id === 'no_contact_minimum')).toEqual({
      id: 'no_contact_minimum',
      met: false,
      missing: ['1 more day of no contact (the minimum is 14).'],
      opensOn: '2026-03-15',
    });
    expect(evaluate(ready({ scenario: 'i_ended' }, '2026-03-15', sent), at('2026-03-15')).stage).toBe(
      'first_contact',
    );
  });

  it('they_ended: 59 and 60 days against the 60-day recommendation', () => {
    const plan = evaluate(ready({}, '2026-04-29'), at('2026-04-29'));
    expect(plan.noContact).toMatchObject({
      days: 59,
      recommendedDays: 60,
      recommendedContactOn: '2026-04-30',
    });
    expect(evaluate(ready({}, '2026-04-30'), at('2026-04-30')).noContact.days).toBe(60);
  });
});

describe('recommended length', () => {
  it.each([
    [{ scenario: 'i_ended' }, 14],
    [{ scenario: 'i_ended', together: 'under_6_months' }, 30],
    [{ scenario: 'mutual', together: '6_to_24_months' }, 60],
    [{ scenario: 'they_ended' }, 60],
    [{ scenario: 'they_ended', together: 'over_2_years' }, 90],
    [{ scenario: 'i_ended', ending: 'ugly' }, 90],
    [{ scenario: 'mutual', onOff: true }, 90],
    [{ scenario: 'mutual', ending: 'hard', together: 'under_6_months' }, 30],
  ] as const)('%o → %i days', (p, days) => {
    const facts = { ...emptyFacts(program(p)), letterSentOn: '2026-03-01' };
    expect(evaluate(facts, at('2026-03-02')).noContact.recommendedDays).toBe(days);
  });
});

describe('time zones and daylight saving', () => {
  it('counts days in the person zone: UTC+13 has reached day 30 while UTC−10 has not', () => {
    const instant = new Date('2026-03-30T11:30:00Z');
    const auckland = ready({ timeZone: 'Pacific/Auckland' }, '2026-03-30');
    const honolulu = ready({ timeZone: 'Pacific/Honolulu' }, '2026-03-30');
    expect(evaluate(auckland, instant)).toMatchObject({ today: '2026-03-31', stage: 'first_contact' });
    expect(evaluate(honolulu, instant)).toMatchObject({ today: '2026-03-30', stage: 'no_contact' });
    expect(evaluate(honolulu, instant).noContact.days).toBe(29);
  });

  it('is not shifted by a daylight-saving change', () => {
    // Berlin moves to summer time on 2026-03-29; 22:30 UTC that day is 00:30 on the 30th.
    const plan = evaluate(
      ready({ timeZone: 'Europe/Berlin' }, '2026-03-29'),
      new Date('2026-03-29T22:30:00Z'),
    );
    expect(plan.today).toBe('2026-03-30');
    expect(plan.noContact.days).toBe(29);
  });
});

describe('slips', () => {
  it('restart the clock from the slip day, keep the total, and move the earliest date', () => {
    const facts = ready({}, '2026-03-31', {
      contacts: { lastSlipOn: '2026-03-20', slipDays: 1, firstWarmIncomingOn: null },
    });
    const plan = evaluate(facts, at('2026-03-31'));
    expect(plan.stage).toBe('no_contact');
    expect(plan.noContact).toMatchObject({
      startedOn: '2026-03-20',
      days: 11,
      totalDays: 29,
      earliestContactOn: '2026-04-19',
    });
  });

  it('a slip in the last 7 days keeps contact closed, and says from when', () => {
    const facts = ready({}, '2026-04-25', {
      contacts: { lastSlipOn: '2026-04-20', slipDays: 1, firstWarmIncomingOn: null },
    });
    const gate = evaluate(facts, at('2026-04-25')).gates.find((g) => g.id === 'no_recent_slip');
    expect(gate).toMatchObject({ met: false, opensOn: '2026-04-27' });
    const later = evaluate(facts, at('2026-04-27')).gates.find((g) => g.id === 'no_recent_slip');
    expect(later?.met).toBe(true);
  });

  it('ignore a slip logged before no contact began', () => {
    const facts = ready({}, '2026-03-31', {
      contacts: { lastSlipOn: '2026-02-25', slipDays: 0, firstWarmIncomingOn: null },
    });
    expect(evaluate(facts, at('2026-03-31')).noContact.startedOn).toBe('2026-03-01');
  });
});

describe('the emotion check (§5), on both sides of each threshold', () => {
  const day = '2026-04-10';
  const withCheck = (over: Partial<CheckinFacts>, checkDay = day) => {
    const c = check(`${checkDay}T07:00:00Z`, over);
    return evaluate(ready({}, day, { latestCheckin: c, latestFullCheck: c }), at(day));
  };

  it.each([
    [{ mood: 6 }, true],
    [{ mood: 5 }, false],
    [{ sad: 5 }, true],
    [{ sad: 6 }, false],
    [{ desperate: 4 }, true],
    [{ desperate: 5 }, false],
    [{ steady: 6 }, true],
    [{ steady: 5 }, false],
  ])('%o → opens: %s', (over, opens) => {
    const plan = withCheck(over);
    expect(plan.stage).toBe(opens ? 'first_contact' : 'no_contact');
    if (!opens) expect(plan.checkAgainOn).toBe('2026-04-13');
  });

  it('must be at most 3 days old', () => {
    expect(withCheck({}, '2026-04-07').stage).toBe('first_contact');
    const stale = withCheck({}, '2026-04-06');
    expect(stale.stage).toBe('no_contact');
    expect(stale.nextAction).toMatchObject({ id: 'check_in', href: '/checkin' });
  });

  it('asks again "do I want them back?": not sure waits, no moves on', () => {
    expect(withCheck({ wantBack: 'not_sure' })).toMatchObject({
      stage: 'no_contact',
      checkAgainOn: '2026-04-13',
    });
    expect(withCheck({ wantBack: 'no' })).toMatchObject({ stage: 'moving_on', movingOnReason: 'decision' });
  });

  it('a later daily check-in that says it still hurts closes contact again', () => {
    const full = check(`${day}T07:00:00Z`);
    const worse = check(`${day}T21:00:00Z`, { wantBack: null, desperate: 8 });
    const plan = evaluate(
      ready({}, day, { latestFullCheck: full, latestCheckin: worse }),
      at(day, '22:00:00'),
    );
    expect(plan.stage).toBe('no_contact');
  });

  it('without any full check, contact stays closed and the check is the next action once the minimum passed', () => {
    const facts = { ...reflected() };
    const plan = evaluate(facts, at(day));
    expect(plan.stage).toBe('no_contact');
    expect(plan.gates.find((g) => g.id === 'steady_check')?.missing).toEqual([
      'Do a full emotion check before any contact.',
    ]);
    expect(plan.nextAction.href).toBe('/checkin');
  });
});

describe('reflect (§1) and safety', () => {
  it('lists what is missing until the gate is met', () => {
    const plan = evaluate(emptyFacts(program()), at('2026-03-05'));
    expect(plan.stage).toBe('reflect');
    expect(plan.gates[0]?.missing).toHaveLength(5);
    expect(plan.nextAction).toEqual({ id: 'reflect', title: 'Write down why it ended', href: '/reflect' });
    // The no-contact clock already runs for they_ended.
    expect(plan.noContact.days).toBe(4);
  });

  it('moves to no_contact (they_ended) or the letter (i_ended) once reflected', () => {
    expect(evaluate(reflected(), at('2026-03-05')).stage).toBe('no_contact');
    expect(evaluate(reflected({ scenario: 'i_ended' }), at('2026-03-05')).stage).toBe('letter');
  });

  it('"no, I do not want them back" opens the move-on path', () => {
    const facts = reflected();
    const plan = evaluate(
      { ...facts, reflection: { ...facts.reflection!, decision: 'no' } },
      at('2026-03-05'),
    );
    expect(plan).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'decision',
      contactToolsVisible: false,
    });
  });

  it('not feeling safe recommends moving on until the person confirms, on record', () => {
    const facts = reflected();
    const unsafe = { ...facts, reflection: { ...facts.reflection!, feltSafe: 'no' as const } };
    const plan = evaluate(unsafe, at('2026-03-05'));
    expect(plan).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'safety',
      safety: { concern: true, confirmed: false },
    });
    expect(plan.nextAction.href).toBe('/safety');
    const confirmed = {
      ...unsafe,
      reflection: { ...unsafe.reflection, safetyConfirmedAt: new Date('2026-03-05') },
    };
    expect(evaluate(confirmed, at('2026-03-05'))).toMatchObject({
      stage: 'no_contact',
      safety: { concern: true, confirmed: true },
    });
  });

  it('abuse the person confirms raises the same concern; an unanswered self-harm signal is flagged', () => {
    const facts = reflected();
    const foundAt = new Date('2026-03-04T21:00:00Z');
    const asked = {
      ...facts,
      signals: {
        ...facts.signals,
        open: [{ id: 'a', kind: 'abuse' as const, source: 'problem' as const, tier: 'threats', foundAt }],
        lastAbuseAt: foundAt,
      },
    };
    expect(evaluate(asked, at('2026-03-05'))).toMatchObject({
      stage: 'no_contact',
      safety: { concern: false },
    });
    const yes = { ...asked, signals: { ...asked.signals, open: [], abuseConfirmed: true } };
    expect(evaluate(yes, at('2026-03-05'))).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'safety',
      safety: { concern: true },
    });
    const selfHarm = {
      ...facts,
      signals: {
        ...facts.signals,
        open: [
          { id: 's', kind: 'self_harm' as const, source: 'reflection' as const, tier: 'explicit', foundAt },
        ],
        selfHarmOpen: true,
      },
    };
    expect(evaluate(selfHarm, at('2026-03-05')).safety).toEqual({
      concern: false,
      confirmed: false,
      selfHarm: true,
      gentle: false,
      signals: [
        {
          id: 's',
          kind: 'self_harm',
          source: 'reflection',
          tier: 'explicit',
          foundAt: '2026-03-04T21:00:00.000Z',
        },
      ],
    });
  });
});

describe('moving on, scenario changes', () => {
  it('move on can be chosen at any stage and undone', () => {
    const facts = ready({}, '2026-04-10');
    expect(evaluate({ ...facts, movedOnAt: new Date('2026-04-09') }, at('2026-04-10'))).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'chosen',
      contactToolsVisible: false,
    });
    expect(evaluate({ ...facts, movedOnAt: null }, at('2026-04-10')).stage).toBe('first_contact');
  });

  it('changing scenario midway re-evaluates the plan', () => {
    const facts = ready({}, '2026-03-20');
    expect(evaluate(facts, at('2026-03-20')).noContact.earliestContactOn).toBe('2026-03-31');
    const changed = { ...facts, program: { ...facts.program, scenario: 'i_ended' as const } };
    expect(evaluate(changed, at('2026-03-20'))).toMatchObject({
      stage: 'letter',
      noContact: { startedOn: null },
    });
    const sent = { ...changed, letterSentOn: '2026-03-05' };
    expect(evaluate(sent, at('2026-03-20'))).toMatchObject({
      stage: 'first_contact',
      noContact: { earliestContactOn: '2026-03-19' },
    });
  });
});

describe('first contact, reconnect and the talk', () => {
  const base = ready({}, '2026-04-01');
  const sent = (outcome: NonNullable<Facts['firstContact']>['outcome']) => ({
    ...base,
    firstContact: { sentAt: new Date('2026-04-01T18:00:00Z'), outcome },
  });

  it('waits 7 days for a reply, then asks how they responded', () => {
    const waiting = evaluate(sent(null), at('2026-04-07'));
    expect(waiting).toMatchObject({ stage: 'first_contact', nextAction: { id: 'wait_for_reply' } });
    expect(waiting.firstContact).toEqual({ sentOn: '2026-04-01', windowEndsOn: '2026-04-08', outcome: null });
    expect(evaluate(sent(null), at('2026-04-08')).nextAction.id).toBe('record_reply');
  });

  it('cold or no reply recommends moving on; warm or lukewarm opens reconnecting', () => {
    expect(evaluate(sent('no_reply'), at('2026-04-09'))).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'no_reply',
    });
    expect(evaluate(sent('cold'), at('2026-04-09')).stage).toBe('moving_on');
    expect(evaluate(sent('warm'), at('2026-04-09')).stage).toBe('reconnect');
    expect(evaluate(sent('lukewarm'), at('2026-04-09')).stage).toBe('reconnect');
  });

  it('opens the talk after 3 outings with the first at least 30 days ago', () => {
    const warm = sent('warm');
    const day29 = evaluate({ ...warm, outings: { count: 3, firstOn: '2026-04-10' } }, at('2026-05-09'));
    expect(day29.stage).toBe('reconnect');
    expect(day29.gates[0]).toMatchObject({ id: 'outings', met: false, opensOn: '2026-05-10' });
    expect(evaluate({ ...warm, outings: { count: 3, firstOn: '2026-04-10' } }, at('2026-05-10')).stage).toBe(
      'talk',
    );
    expect(evaluate({ ...warm, outings: { count: 2, firstOn: '2026-04-10' } }, at('2026-06-10')).stage).toBe(
      'reconnect',
    );
  });

  it('ends in back_together, not yet (reconnect), or moving on', () => {
    const ready3 = { ...sent('warm'), outings: { count: 3, firstOn: '2026-04-10' } };
    const talk = (outcome: NonNullable<Facts['talk']>['outcome']) => ({
      ...ready3,
      talk: { on: '2026-05-20', outcome },
    });
    expect(evaluate(talk('back_together'), at('2026-05-21')).stage).toBe('back_together');
    expect(evaluate(talk('not_yet'), at('2026-05-21')).stage).toBe('reconnect');
    expect(evaluate(talk('no'), at('2026-05-21'))).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'talk',
    });
  });

  it('a warm contact from them skips the first message', () => {
    const facts = {
      ...reflected(),
      contacts: { lastSlipOn: null, slipDays: 0, firstWarmIncomingOn: '2026-03-10' },
    };
    const plan = evaluate(facts, at('2026-03-12'));
    expect(plan.stage).toBe('reconnect');
    expect(plan.roadmap.find((s) => s.id === 'first_contact')?.status).toBe('skipped');
  });
});

describe('roadmap', () => {
  // they_ended, in no contact or before it: the stages from self-work on, none reached yet.
  const stillAhead = [
    ['self_work', 'ongoing'],
    ['emotion_check', 'ongoing'],
    ['first_contact', 'upcoming'],
    ['reconnect', 'upcoming'],
    ['talk', 'upcoming'],
    ['back_together', 'upcoming'],
  ];

  it('shows the scenario stages with done, current and upcoming, real and estimated dates', () => {
    const plan = evaluate(reflected(), at('2026-03-05'));
    expect(plan.roadmap.map((s) => [s.id, s.status])).toEqual([
      ['reflect', 'done'],
      ['no_contact', 'current'],
      ...stillAhead,
    ]);
    expect(plan.roadmap.find((s) => s.id === 'no_contact')).toMatchObject({
      on: '2026-03-01',
      estimated: false,
    });
    expect(plan.roadmap.find((s) => s.id === 'first_contact')).toMatchObject({
      on: '2026-03-31',
      estimated: true,
    });
    expect(plan.roadmap.find((s) => s.id === 'talk')).toMatchObject({ on: '2026-05-07', estimated: true });
  });

  it('shows no contact under way while someone is still reflecting, once its day has come', () => {
    // Reflection not finished, no contact since the breakup on 1 March: it is not "ahead".
    const plan = evaluate(emptyFacts(program()), at('2026-03-05'));
    expect(plan.stage).toBe('reflect');
    expect(plan.roadmap.map((s) => [s.id, s.status])).toEqual([
      ['reflect', 'current'],
      ['no_contact', 'ongoing'],
      ...stillAhead,
    ]);
  });

  it('includes the letter for i_ended only, and ends in moving on when chosen', () => {
    const iEnded = evaluate(emptyFacts(program({ scenario: 'i_ended' })), at('2026-03-05'));
    expect(iEnded.roadmap.map((s) => s.id)).toContain('letter');
    const moved = evaluate({ ...reflected(), movedOnAt: new Date('2026-03-05') }, at('2026-03-05'));
    expect(moved.roadmap.map((s) => [s.id, s.status])).toEqual([
      ['reflect', 'done'],
      ['moving_on', 'current'],
      ['self_work', 'ongoing'],
      ['emotion_check', 'ongoing'],
    ]);
  });
});

describe('next action', () => {
  it('in no contact: check in first each day, then one kind thing for yourself', () => {
    const facts = reflected();
    expect(evaluate(facts, at('2026-03-10')).nextAction).toMatchObject({ id: 'check_in', href: '/checkin' });
    const checked = { ...facts, latestCheckin: check('2026-03-10T08:00:00Z', { wantBack: null }) };
    expect(evaluate(checked, at('2026-03-10')).nextAction).toMatchObject({
      id: 'self_work',
      href: '/self-work',
    });
    expect(evaluate(checked, at('2026-03-11')).nextAction.id).toBe('check_in');
  });
});
