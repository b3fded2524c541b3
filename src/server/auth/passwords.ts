import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (argon2id is the library's default). */
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Passwords are hashed and checked in NFKC form: the same password typed on another keyboard or
 * device ("Ａｂｃ" full-width, a precomposed "é" or an "e" with a combining accent) is the same.
 */
export const normalizePassword = (password: string) => password.normalize('NFKC');

export const hashPassword = (password: string) => hash(normalizePassword(password), options);

async function verifyHash(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * Which form of the password the stored hash was made from: `normalized`, or `raw` for a hash
 * made before passwords were normalised (the caller rehashes it); undefined when neither matches.
 * The raw form is tried only when it differs, so an ASCII password costs one argon2 check.
 */
export async function matchPassword(
  storedHash: string,
  password: string,
): Promise<'normalized' | 'raw' | undefined> {
  const normalized = normalizePassword(password);
  if (await verifyHash(storedHash, normalized)) return 'normalized';
  if (normalized !== password && (await verifyHash(storedHash, password))) return 'raw';
  return undefined;
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return (await matchPassword(storedHash, password)) !== undefined;
}

/**
 * Verifying against this when the email is unknown makes "no such account" take as long as
 * "wrong password" (one check, or two for a password that normalisation changes), so timing
 * does not reveal who has an account.
 */
let decoyHash: Promise<string> | undefined;
export function verifyDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that matches no account');
  return decoyHash.then(async (h) => (await matchPassword(h, `${password}\u0000`)) !== undefined);
}
