import { commonPasswords } from './common-passwords.ts';
import { normalizePassword } from './passwords.ts';

/**
 * Length is checked by the request schema; this rejects passwords that are easy to guess even
 * when long enough. Returns a message for the person, or undefined when the password is fine.
 */
export function checkPasswordStrength(password: string, email: string): string | undefined {
  // Judged as it is hashed (NFKC): "ｐａｓｓｗｏｒｄ１２３" is as common as "password123".
  const lower = normalizePassword(password).toLowerCase();
  const local = email.split('@')[0] ?? '';
  if (commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[\d!.?]+$/, ''))) {
    return 'That password is one of the most common ones, so it is easy to guess. Try a few unrelated words.';
  }
  if (new Set(lower).size <= 2)
    return 'That password repeats the same characters. Try a few unrelated words.';
  if (isSequence(lower)) return 'That password is a simple sequence. Try a few unrelated words.';
  if (local.length >= 4 && lower.includes(local.toLowerCase())) {
    return 'Your password should not contain your email address. Try a few unrelated words.';
  }
  return undefined;
}

function isSequence(s: string): boolean {
  const codes = [...s].map((ch) => ch.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) === 1);
}
