import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { checkMessage, type MessageKind, maxCheckLength, TextTooLongError } from './check.ts';
import { wordFeatures } from './features.ts';
import { unpackWeights } from './model.ts';

// Where a test reads plain messages with `wordModel: false`, it is about the families and the small
// model, the browser's reading. The server's word model decides needy or not by every word the dev
// sites taught; it is measured on held-out sites (tests/trust/checker.test.ts), and still reads a
// few of these plain questions ("Do you know who has the spare key?") as worth a second look.
const kinds = (text: string, kind: MessageKind = 'first_text') =>
  checkMessage(text, { kind }).findings.map((f) => f.kind);

describe('checkMessage', () => {
  it('points at the words it flags, by offsets into the original text', () => {
    const text = 'Hey. PLEASE come back, I’ll do anything';
    const result = checkMessage(text, { kind: 'first_text' });
    expect(result.verdict).toBe('rewrite');
    expect(result.needy).toBe(true);
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toEqual(['PLEASE come back']);
    expect(result.findings[0]!.kind).toBe('begging');
  });

  it('reads texting style: lower case, abbreviations, stretched letters, emoji', () => {
    expect(kinds('pls come back 🥺')).toContain('begging');
    expect(kinds('i miss youuu so much')).toContain('love_miss');
    expect(kinds('r u ignoring me', 'reply')).toContain('pressure_reply');
    expect(kinds('babe i miss u, come over?', 'draft')).toEqual(
      expect.arrayContaining(['pet_name', 'late_invite']),
    );
  });

  it('respects negation: "I don\'t need you to reply" asks nothing', () => {
    expect(
      checkMessage("Hi! I don't need you to reply, just wanted to share some news.", { kind: 'first_text' })
        .needy,
    ).toBe(false);
    expect(checkMessage('no need to reply, hope you are well', { kind: 'first_text' }).needy).toBe(false);
  });

  it.each([
    ['hey', 'bare_opener'],
    ['wyd', 'bare_opener'],
    ['Sorry, wrong person! 😅', 'wrong_person'],
    ['I’ve changed, I swear. Things will be different this time.', 'changed_claim'],
    ['did you ever really love me?', 'past_question'],
    ['I hope you are happy with your new girlfriend. Does she know what you did?', 'new_partner'],
    ['Call me tonight, I need to talk about us', 'us_talk'],
  ] as const)('recognises the kinds of message the sources warn about: "%s" is %s', (text, family) => {
    const result = checkMessage(text, { kind: 'first_text' });
    expect(result.needy, text).toBe(true);
    expect(result.findings.map((f) => f.kind)).toContain(family);
  });

  it('reads logistics as logistics: brief and factual is right there, blame is not', () => {
    const pickUp = checkMessage('Can you pick up Mia from school at 3:30 on Friday?', {
      kind: 'reply',
      wordModel: false,
    });
    expect(pickUp.readAs).toBe('logistics');
    expect(pickUp.verdict).toBe('ok');
    const dig = checkMessage('Pickup is at 3. Try to be on time for once, as usual.', {
      kind: 'reply',
      wordModel: false,
    });
    expect(dig.needy).toBe(true);
    expect(dig.findings.map((f) => f.kind)).toContain('sarcasm');
  });

  it('leaves calm messages alone: a light memory, congratulations, a boundary', () => {
    for (const [text, kind] of [
      [
        'Saw a dog that looked just like Biscuit today and it made me smile. Hope you are doing well!',
        'first_text',
      ],
      ['Congrats on the new job, you deserve it!', 'first_text'],
      ['Please don’t contact me again. I wish you well.', 'boundary'],
      ['Hey! Hope you are well. Would you be up for a coffee sometime, as friends?', 'first_text'],
    ] as const) {
      const result = checkMessage(text, { kind });
      expect(result.verdict, text).toBe('ok');
      expect(result.strengths.length, text).toBeGreaterThan(0);
    }
  });

  it('hears the hook in a calm-sounding message: a dig, a condition, a flirt, a question about their dating', () => {
    for (const [text, kind] of [
      ['Bills due. Not that you ever cared about paying your share.', 'logistics'],
      ['You can have your jacket back, but only if we sit down and talk first.', 'logistics'],
      ['Drop-off is at 6. Who were you on the phone with last time?', 'logistics'],
      ['I need space. But if you miss me, you know where to find me.', 'boundary'],
      ['oh so NOW you want to talk? after ignoring me for weeks', 'reply'],
      ['Happy birthday to the only woman I will ever love. Still waiting for you.', 'first_text'],
      ['Swing by for your box tonight, come in for a drink for old times sake', 'logistics'],
    ] as const) {
      expect(checkMessage(text, { kind }).needy, text).toBe(true);
    }
  });

  it('reads plain co-parenting as plain, and a threat about the children as a threat', () => {
    for (const text of [
      "Oh thanks, that's really helpful.",
      'Which one of us is picking her up on Thursday?',
      'Just thought you should know Maddie has a fever.',
      'Please let me know by Friday if you can take them.',
      'He is their dad and always will be.',
    ])
      expect(checkMessage(text, { kind: 'logistics', wordModel: false }).verdict, text).toBe('ok');
    for (const text of [
      "I'll take the kids with me and you will never see them again.",
      "I'll take it to court if you don't pay.",
    ])
      expect(
        checkMessage(text, { kind: 'logistics', wordModel: false }).findings.map((f) => f.kind),
        text,
      ).toContain('threat');
  });

  it('does not read care as a threat: respecting a decision, taking the kids to the dentist', () => {
    for (const [text, kind] of [
      ['I understand, and I respect your decision. Wishing you the best.', 'reply'],
      ["Pick-up is 3:15 at school tomorrow, I'll take them to the dentist after.", 'logistics'],
      ['Congratulations on the new flat! Looks gorgeous in the photos.', 'first_text'],
    ] as const) {
      expect(
        checkMessage(text, { kind }).findings.map((f) => f.kind),
        text,
      ).not.toContain('threat');
      expect(
        checkMessage(text, { kind }).findings.map((f) => f.kind),
        text,
      ).not.toContain('pet_name');
    }
  });

  it('has three verdicts besides wait, and "needy" is exactly "not ok"', () => {
    const verdicts = new Set<string>();
    for (const [text, kind] of [
      ['Congrats on the new job!', 'first_text'],
      ['please come back', 'reply'],
      // Asking to meet: some sources call it the next step, some too soon.
      ['Would you want to grab a coffee sometime and catch up?', 'first_text'],
    ] as const)
      verdicts.add(checkMessage(text, { kind, wordModel: false }).verdict);
    expect([...verdicts].sort()).toEqual(['ok', 'rewrite', 'think_twice']);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = checkMessage(text, { kind: 'first_text' });
        expect(result.needy).toBe(result.verdict !== 'ok');
      }),
      { numRuns: 300 },
    );
  });

  it('says wait late at night, and for a second message while the first is unanswered', () => {
    expect(checkMessage('Congrats on the new job!', { kind: 'first_text', localTime: '02:30' }).verdict).toBe(
      'wait',
    );
    expect(checkMessage('Congrats on the new job!', { kind: 'first_text', localTime: '22:59' }).verdict).toBe(
      'ok',
    );
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

describe('the words the model weighs (round four)', () => {
  it('weighs meaningful words and their pairs, never a greeting, a question word, a day or a number alone', () => {
    const fs = wordFeatures(normalizeText('hey who has the spare key on saturday at 5'));
    for (const alone of ['w:hey', 'w:who', 'w:saturday', 'w:5', 'w:the', 'w:on'])
      expect(fs, alone).not.toContain(alone);
    expect(fs).toContain('w:spare');
    expect(fs).toContain('w:spare key');
    expect(fs).toContain('w:has _ spare');
    // stems of three letters or fewer would join "missing" with "miss"
    expect(wordFeatures(normalizeText('the form is missing'))).not.toContain('w:~mis');
  });

  it('reads plain questions about keys, days and forms as plain', () => {
    for (const [text, kind] of [
      ['Do you know who has the spare key?', 'logistics'],
      ['Who is picking up the kids on Saturday?', 'logistics'],
      ['Why is the school saying the form is missing?', 'logistics'],
      ['Who won the game last night?', 'reply'],
    ] as const)
      expect(checkMessage(text, { kind, wordModel: false }).verdict, text).toBe('ok');
  });

  it('never says "rewrite" without naming what to rewrite', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('anyway', 'everything', 'know', 'guess', 'more', 'even', 'first', 'upset', 'bored'),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (ws) => {
          const result = checkMessage(ws.join(' '), { kind: 'first_text' });
          if (result.verdict === 'rewrite') expect(result.findings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not read "I missed your call" as an ultimatum', () => {
    expect(kinds('Sorry I missed your call. Everything ok?')).not.toContain('threat');
    expect(kinds("It's your call, do it or else.")).toContain('threat');
  });

  it('refuses a packed model with a weight that is not a number', () => {
    expect([...unpackWeights('\nw:miss you|7\nf:begging|12\n')]).toEqual([
      ['w:miss you', 0.7],
      ['f:begging', 1.2],
    ]);
    expect(() => unpackWeights('w:miss you|abc')).toThrow(/not one/);
  });
});

describe('what the first-contact screen itself suggests', () => {
  it('reads a light first text that asks how they are as fine, and a bare "hey how are you" as worth a second look', () => {
    expect(
      checkMessage('Hey Robin, I hope work has calmed down. How are you?', {
        kind: 'first_text',
        wordModel: false,
      }).verdict,
    ).toBe('ok');
    expect(checkMessage('hey how are you', { kind: 'first_text', wordModel: false }).needy).toBe(true);
  });
});

describe('the server reading (with the word model)', () => {
  it('reads plain needy and plain fine messages as they are', () => {
    for (const text of [
      'I still love you, please come home.',
      'Do you miss me?',
      'Why are you ignoring me?',
      'hey stranger',
      'I hope she makes you happy.',
      "Can I call you? I can't sleep.",
    ])
      expect(checkMessage(text, { kind: 'first_text' }).needy, text).toBe(true);
    for (const [text, kind] of [
      ['Congrats on the new job!', 'first_text'],
      ['Please stop contacting me.', 'boundary'],
      ['Thanks, got it.', 'reply'],
      ["I'd rather we only talk about the kids from now on.", 'boundary'],
      ['Can you drop the kids at 5 on Saturday? Their bags are packed.', 'logistics'],
    ] as const)
      expect(checkMessage(text, { kind }).verdict, text).toBe('ok');
  });

  // Known misreadings, kept so that a fix shows: the words alone hear "who" and "know" as chasing,
  // where the browser's reading (above, `wordModel: false`) knows a co-parenting question.
  it.fails('reads plain questions about keys and forms as plain', () => {
    for (const text of ['Do you know who has the spare key?', 'Who is picking up the kids on Saturday?'])
      expect(checkMessage(text, { kind: 'logistics' }).verdict, text).toBe('ok');
  });
});
