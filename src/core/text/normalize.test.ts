import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

describe('normalizeText: one reading of how people type, for the screen, the checker and the letter', () => {
  it('reads texting shorthand as the words it stands for', () => {
    expect(normalizeText('he reads all my msgs n wont give em back')).toBe(
      "he reads all my messages and won't give them back",
    );
    expect(normalizeText('gives me £20 a wk, left him 3 wks ago')).toBe(
      'gives me £20 a week, left him 3 weeks ago',
    );
    expect(normalizeText('u up? happy bday')).toBe('you up? happy birthday');
  });

  it('keeps "ill" as ill after "feel", and reads it as "I\'ll" before a verb', () => {
    expect(normalizeText('I feel ill today')).toBe('i feel ill today');
    expect(normalizeText('ill just go to bed')).toBe("i'll just go to bed");
  });

  it('folds case, curly apostrophes and stretched letters', () => {
    expect(normalizeText('I DON’T care sooooo much')).toBe("i don't care soo much");
  });
});
