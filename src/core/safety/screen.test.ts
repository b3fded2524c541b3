import { describe, expect, it } from 'vitest';
import safetySet from '../../../tests/fixtures/safety/messages.jsonl?raw';
import { screenText, screenTexts } from './screen.ts';

describe('screenText: self-harm', () => {
  it.each([
    'I just want to die',
    'honestly i dont wanna be here anymore',
    'sometimes I think about ending it all',
    'everyone would be better off without me',
    'I keep thinking about killing myself',
    'i feel suicidal tonight',
    'thinking abt hurting myself again',
    'I cant go on like this',
    'kms',
    'there is nothing left to live for',
  ])('flags "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(true);
  });

  it.each([
    'I could die of embarrassment after that voicemail',
    "I'm dying to know how the concert went",
    'that cake was to die for',
    'I would never hurt myself, I just feel sad',
    'I miss her so much it hurts',
    'this breakup is killing me',
    'I cried all night and I feel empty',
    "I can't live without coffee in the morning",
  ])('does not alarm on "%s"', (text) => {
    expect(screenText(text).selfHarm).toBe(false);
  });
});

describe('screenText: abuse', () => {
  it.each([
    'he hit me when he was drunk',
    'She threatened to post my photos',
    'they checked my phone every night',
    'I was always afraid of him',
    'I never felt safe in that flat',
    'it felt like walking on eggshells',
    "he wouldn't let me see my friends",
    'my ex took my keys so I could not leave',
    'he was really controlling about money',
  ])('flags "%s"', (text) => {
    expect(screenText(text).abuse).toBe(true);
  });

  it.each([
    'he never hit me, we just drifted apart',
    'I was not afraid of her, just tired',
    'we argued about chores and money',
    'you really hurt me when you left',
    'she hit the nail on the head about my temper',
    'I hit the gym every day now',
  ])('does not alarm on "%s"', (text) => {
    expect(screenText(text).abuse).toBe(false);
  });
});

describe('screenTexts', () => {
  it('combines signals across several texts and skips empty ones', () => {
    expect(screenTexts(['we fought a lot', undefined, 'he threatened me'])).toEqual({
      selfHarm: false,
      abuse: true,
    });
    expect(screenTexts([null, ''])).toEqual({ selfHarm: false, abuse: false });
  });
});

describe('the labelled safety set (tests/fixtures/safety)', () => {
  it('finds at least 95% of each signal and alarms on at most 5% of the rest', () => {
    const rows: { text: string; selfHarm: boolean; abuse: boolean }[] = safetySet
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    for (const flag of ['selfHarm', 'abuse'] as const) {
      const positives = rows.filter((r) => r[flag]);
      const negatives = rows.filter((r) => !r[flag]);
      expect(positives.length).toBeGreaterThanOrEqual(100);
      const found = positives.filter((r) => screenText(r.text)[flag]).length;
      const alarms = negatives.filter((r) => screenText(r.text)[flag]).length;
      expect(found / positives.length, flag).toBeGreaterThanOrEqual(0.95);
      expect(alarms / negatives.length, flag).toBeLessThanOrEqual(0.05);
    }
  });
});
