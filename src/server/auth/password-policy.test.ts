import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-policy.ts';

describe('checkPasswordStrength', () => {
  it.each([
    ['password1234', /common/],
    ['Password2024!', /common/],
    ['QWERTYUIOP', /common/],
    ['zzzzzzzzzzzz', /repeats/],
    ['ababababab', /repeats/],
    ['abcdefghijklmn', /sequence/],
    ['9876543210', /sequence|common/],
    ['riverstone-kim', /email/],
    ['ｐａｓｓｗｏｒｄ１２３４', /common/],
  ])('refuses %s', (password, reason) => {
    expect(checkPasswordStrength(password, 'riverstone@example.com')).toMatch(reason);
  });

  it.each(['a quiet walk by the river', 'tea, then the long way home', 'Lantern7-orchard-Sky'])(
    'accepts %s',
    (password) => {
      expect(checkPasswordStrength(password, 'riverstone@example.com')).toBeUndefined();
    },
  );
});
