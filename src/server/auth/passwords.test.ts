import { describe, expect, it } from 'vitest';
import { hashPassword, verifyDecoy, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('uses argon2id with a per-password salt and verifies only the right password', async () => {
    const a = await hashPassword('a quiet walk by the river');
    const b = await hashPassword('a quiet walk by the river');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toEqual(b);
    expect(await verifyPassword(a, 'a quiet walk by the river')).toBe(true);
    expect(await verifyPassword(a, 'a quiet walk by the rivers')).toBe(false);
  });

  it('treats a malformed stored hash as a mismatch rather than crashing', async () => {
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });

  it('never matches with the decoy used for unknown emails', async () => {
    expect(await verifyDecoy('decoy password that matches no account')).toBe(false);
  });
});
