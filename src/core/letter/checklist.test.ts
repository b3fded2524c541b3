import { describe, expect, it } from 'vitest';
import { checkMessage } from '../checker/check.ts';
import { checkLetter } from './checklist.ts';

const good = `Dear Sam,

I have thought a lot about how I ended things, and I want to be honest: it was my fault. I ended it in the middle of a fight, and I regret it. It was a mistake.

I am sorry for hurting you. I understand if you are angry with me, and you have every right to be. It will not happen again; I am working on how I handle arguments.

I hope that one day you can forgive me, but I will accept whatever you decide.

Take care,
Jo`;

const needy = `Sam, please come back. I can't live without you. I'll do anything. Please reply as soon as you read this, I'll be waiting.`;

describe('checkLetter', () => {
  it('ticks every item of a good letter, with spans pointing at the words', () => {
    const result = checkLetter(good);
    expect(result.items.filter((i) => !i.met).map((i) => i.id)).toEqual([]);
    expect(result.covered).toBe(7);
    expect(result.warnings).toEqual([]);
    const responsibility = result.items.find((i) => i.id === 'responsibility')!;
    expect(good.slice(responsibility.spans[0]!.start, responsibility.spans[0]!.end)).toBe('my fault');
  });

  it('flags begging and demanding an answer, and ticks little else', () => {
    const result = checkLetter(needy);
    expect(result.warnings.map((w) => w.id)).toEqual(['begging', 'demanding']);
    const begging = result.warnings[0]!;
    expect(begging.spans.map((s) => needy.slice(s.start, s.end))).toEqual([
      'please come back',
      "I can't live without you",
      "I'll do anything",
    ]);
    expect(result.covered).toBeLessThanOrEqual(1);
  });

  it('reads curly apostrophes and any case, and an empty letter covers nothing', () => {
    expect(
      checkLetter('I’M SORRY. It won’t happen again.')
        .items.filter((i) => i.met)
        .map((i) => i.id),
    ).toEqual(['not_again', 'sorry']);
    expect(checkLetter('').covered).toBe(0);
  });

  it('agrees with the message checker on the same sentence: no reply asked for is no demand', () => {
    const calm = 'I am not expecting a reply. I only wanted you to know that I am sorry.';
    expect(checkLetter(calm).warnings).toEqual([]);
    expect(checkMessage(calm, { kind: 'letter' }).verdict).toBe('ok');
    const asking = 'I am sorry. Please reply as soon as you read this.';
    expect(checkLetter(asking).warnings.map((w) => w.id)).toEqual(['demanding']);
    expect(checkMessage(asking, { kind: 'letter' }).needy).toBe(true);
  });

  it('does not credit a "but" or "not my fault" as taking responsibility, and says why', () => {
    const text = "Alex, I'm sorry, but you also never listened to me, so it wasn't all my fault.";
    const result = checkLetter(text);
    expect(result.items.find((i) => i.id === 'responsibility')!.met).toBe(false);
    expect(result.warnings.map((w) => w.id)).toContain('blaming');
    expect(checkMessage(text, { kind: 'letter' }).needy).toBe(true);
  });
});
