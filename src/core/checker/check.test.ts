import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage, maxCheckLength, TextTooLongError } from './check.ts';

const kinds = (text: string, kind: 'first_text' | 'reply' | 'draft' | 'letter' = 'first_text') =>
  checkMessage(text, { kind }).findings.map((f) => f.kind);

describe('checkMessage', () => {
  it('points at the words it flags, by offsets into the original text', () => {
    const text = 'Hey. PLEASE come back, I’ll do anything';
    const result = checkMessage(text, { kind: 'first_text' });
    expect(result.verdict).toBe('rewrite');
    expect(result.needy).toBe(true);
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toEqual([
      'PLEASE come back',
      'I’ll do anything',
    ]);
  });

  it('reads texting style: lower case, abbreviations, stretched letters, emoji', () => {
    expect(kinds('pls come back 🥺')).toContain('begging');
    expect(kinds('i miss youuu so much')).toContain('neediness');
    expect(kinds('r u ignoring me')).toContain('pressure');
    expect(kinds('pleaseee just talk to me pls')).toContain('begging');
  });

  it('respects negation: "I don\'t need you to reply" is not pressure, "not a liar" is not anger', () => {
    expect(kinds("Hi! I don't need you to reply, just wanted to share some news.")).toEqual([]);
    expect(kinds('I never said you were stupid')).not.toContain('anger');
    expect(checkMessage('no need to reply, hope you are well', { kind: 'first_text' }).needy).toBe(false);
  });

  it('judges by kind: relationship talk and re-apologising matter in a first text, not in the letter', () => {
    expect(kinds('I am so sorry. Can we give us another chance?')).toEqual(
      expect.arrayContaining(['re_apology', 'relationship_talk']),
    );
    expect(kinds('I am so sorry. I regret it.', 'letter')).toEqual([]);
  });

  it('recognises what is good', () => {
    const result = checkMessage(
      'Hey! Hope you are well. Would you be up for a coffee sometime, as friends?',
      { kind: 'first_text' },
    );
    expect(result).toMatchObject({ needy: false, verdict: 'ok' });
    expect(result.strengths.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['friendly', 'casual_invite', 'brief']),
    );
  });

  it('flags long first texts and question bombardment', () => {
    const long = 'I have been thinking. '.repeat(12);
    expect(kinds(long)).toContain('length');
    expect(kinds('How are you? Where are you? Who are you with?')).toContain('questions');
  });

  it('says wait late at night, and for a second message while the first is unanswered', () => {
    expect(checkMessage('hey, how are you?', { kind: 'first_text', localTime: '02:30' }).verdict).toBe(
      'wait',
    );
    expect(checkMessage('hey, how are you?', { kind: 'first_text', localTime: '22:59' }).verdict).toBe('ok');
    expect(checkMessage('did you get my message?', { kind: 'reply', unansweredSent: 1 }).verdict).toBe(
      'wait',
    );
  });

  it('carries the safety screen, and self-harm turns the verdict to wait', () => {
    const result = checkMessage('if you do not come back i want to die', { kind: 'draft' });
    expect(result.safety.selfHarm).toBe(true);
    expect(result.verdict).toBe('wait');
    expect(checkMessage('he threatened me', { kind: 'draft' }).safety.abuse).toBe(true);
  });

  it('refuses texts over 20,000 characters with a clear error', () => {
    expect(() => checkMessage('a'.repeat(maxCheckLength + 1))).toThrow(TextTooLongError);
  });

  it('handles any Unicode without throwing, and its offsets stay inside the text', () => {
    const weird = fc.string({ unit: 'binary', maxLength: 300 });
    const mixed = fc.array(
      fc.constantFrom(
        'please come back',
        '\u200b',
        '\u202e',
        'ÇA',
        '👩‍❤️‍👨',
        '\ud800',
        'İ',
        '!!!',
        'i miss u',
        ' ',
      ),
      {
        maxLength: 20,
      },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          weird,
          mixed.map((parts) => parts.join('')),
        ),
        fc.constantFrom('first_text', 'reply', 'draft', 'letter' as const),
        (text, kind) => {
          const result = checkMessage(text, { kind });
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          for (const f of result.findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the tone model', () => {
  it('hears neediness in words no phrase rule knows, and says so as a whole', () => {
    // No rule covers this phrasing; the words together still read as needy.
    const result = checkMessage('honestly every song on the radio is about you lately and it wrecks me', {
      kind: 'draft',
    });
    expect(result.needy).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'tone', start: 0, end: 0 })]);
  });

  it('leaves light, friendly messages alone', () => {
    for (const text of [
      'Hey, hope the new flat is working out!',
      'Congrats on the promotion, well deserved',
      'ha that photo of the cat is brilliant',
    ]) {
      expect(checkMessage(text, { kind: 'first_text' }).needy, text).toBe(false);
    }
  });
});
