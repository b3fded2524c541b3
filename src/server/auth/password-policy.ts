import { commonPasswords } from './common-passwords.ts';
import { normalizePassword } from './passwords.ts';

/**
 * Length is checked by the request schema; this rejects passwords that are easy to guess even
 * when long enough. Returns what is wrong, as a reason (http/errors.ts words it), or undefined
 * when the password is fine.
 */
export function checkPasswordStrength(
  password: string,
  email: string,
): 'password_common' | 'password_repeats' | 'password_sequence' | 'password_has_email' | undefined {
  // Judged as it is hashed (NFKC): "ｐａｓｓｗｏｒｄ１２３" is as common as "password123".
  const lower = normalizePassword(password).toLowerCase();
  const local = email.split('@')[0] ?? '';
  if (commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[\d!.?]+$/, '')))
    return 'password_common';
  if (new Set(lower).size <= 2) return 'password_repeats';
  if (isSequence(lower)) return 'password_sequence';
  if (local.length >= 4 && lower.includes(local.toLowerCase())) return 'password_has_email';
  return undefined;
}

function isSequence(s: string): boolean {
  const codes = [...s].map((ch) => ch.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) === 1);
}
