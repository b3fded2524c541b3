import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, matchPassword, verifyDecoy, verifyPassword } from './passwords.ts';

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

  it('normalises (NFKC): full-width letters and composed accents are the same password', async () => {
    const stored = await hashPassword('Ｑｕｉｅｔ ｒｉｖｅｒ ｗａｌｋ');
    expect(await matchPassword(stored, 'Quiet river walk')).toBe('normalized');
    const accented = await hashPassword('caf\u00e9 by the sea');
    expect(await matchPassword(accented, 'cafe\u0301 by the sea')).toBe('normalized');
  });

  it('still matches a hash made from the raw form, and says so (the caller rehashes it)', async () => {
    const raw = 'Ｑｕｉｅｔ ｒｉｖｅｒ ｗａｌｋ';
    const old = await hash(raw, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(await matchPassword(old, raw)).toBe('raw');
    expect(await matchPassword(old, 'Quiet river walk')).toBeUndefined();
    expect(await matchPassword(old, 'Ｑｕｉｅｔ ｒｉｖｅｒ ｗａｌｋｓ')).toBeUndefined();
  });
});
