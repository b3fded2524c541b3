import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { serverSecrets } from '../../db/schema.ts';

/** This server's VAPID key pair (base64url, as web-push and browsers take them). */
export type VapidKeys = { publicKey: string; privateKey: string };

const publicName = 'vapid_public_key';
const privateName = 'vapid_private_key';

/** Per database, so each test server (and each process) reads the pair once. */
const cache = new WeakMap<Db, Promise<VapidKeys>>();

/**
 * The VAPID key pair every server on this database shares: made on first need and kept in
 * `server_secrets`. Each process offers a fresh pair with ON CONFLICT DO NOTHING and then reads
 * back what is stored, so when several start together the first insert wins and all of them use
 * it (a browser subscribed with one public key accepts pushes signed by that key only).
 */
export function vapidKeys(db: Db): Promise<VapidKeys> {
  let keys = cache.get(db);
  if (!keys) {
    keys = loadOrCreate(db);
    cache.set(db, keys);
    // A failure (the database was away) is not kept: the next call tries again.
    keys.catch(() => cache.delete(db));
  }
  return keys;
}

async function loadOrCreate(db: Db): Promise<VapidKeys> {
  const stored = await read(db);
  if (stored) return stored;
  const { default: webPush } = await import('web-push');
  const fresh = webPush.generateVAPIDKeys();
  // One statement: the two halves of a pair are written together or not at all.
  await db
    .insert(serverSecrets)
    .values([
      { name: publicName, value: fresh.publicKey },
      { name: privateName, value: fresh.privateKey },
    ])
    .onConflictDoNothing();
  const agreed = await read(db);
  if (!agreed) throw new Error('The VAPID keys could not be stored.');
  return agreed;
}

async function read(db: Db): Promise<VapidKeys | undefined> {
  const rows = await db
    .select({ name: serverSecrets.name, value: serverSecrets.value })
    .from(serverSecrets)
    .where(inArray(serverSecrets.name, [publicName, privateName]));
  const publicKey = rows.find((r) => r.name === publicName)?.value;
  const privateKey = rows.find((r) => r.name === privateName)?.value;
  return publicKey && privateKey ? { publicKey, privateKey } : undefined;
}
