import { z } from 'zod';
import { passwordRules, textLimits } from './limits.ts';

export { passwordRules };

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(textLimits.email, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }));

export const credentialsSchema = z.strictObject({
  email: emailSchema,
  password: z
    .string({ error: 'Enter a password.' })
    .min(1, 'Enter a password.')
    .max(passwordRules.maxLength, `Use at most ${passwordRules.maxLength} characters.`),
});

/** A password being chosen: at sign-up and from a reset link, the same rules. */
const chosenPasswordSchema = z
  .string({ error: 'Choose a password.' })
  .min(passwordRules.minLength, `Use at least ${passwordRules.minLength} characters for your password.`)
  .max(passwordRules.maxLength, `Use at most ${passwordRules.maxLength} characters.`);

export const signupSchema = z.strictObject({
  email: emailSchema,
  password: chosenPasswordSchema,
});

const incompleteLink =
  'This link is not complete. Open it again from the message you were given, or ask for a new one.';

/** `POST /api/auth/reset`: the token from a reset link (in the body, never a URL) and the new password. */
export const resetPasswordSchema = z.strictObject({
  token: z.string({ error: incompleteLink }).regex(/^[\w-]{20,100}$/, incompleteLink),
  password: chosenPasswordSchema,
});

export const deleteAccountSchema = z.strictObject({
  password: z.string({ error: 'Enter your password to confirm.' }).min(1, 'Enter your password to confirm.'),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.'),
  newPassword: z
    .string({ error: 'Choose a new password.' })
    .min(passwordRules.minLength, `Use at least ${passwordRules.minLength} characters for your new password.`)
    .max(passwordRules.maxLength, `Use at most ${passwordRules.maxLength} characters.`),
});

export type Credentials = z.infer<typeof credentialsSchema>;
export type Me = { id: string; email: string };
