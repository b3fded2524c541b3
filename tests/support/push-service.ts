import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stand-in push service received. */
export type PushRequest = { path: string; headers: http.IncomingHttpHeaders; body: Buffer };

export type PushService = {
  /** The service's origin, like http://127.0.0.1:PORT. */
  origin: string;
  requests: PushRequest[];
  /** The status answered from now on (201 at first), per path when given. */
  answer(status: number, path?: string): void;
  /** A device subscribed at this service: the browser's side of the keys, made here. */
  device(path?: string): PushDevice;
  close(): Promise<void>;
};

export type PushDevice = {
  /** What a browser's PushSubscription.toJSON() gives. */
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  /** Decrypts an aes128gcm body (RFC 8291 / RFC 8188) with this device's keys. */
  decrypt(body: Buffer): string;
};

/**
 * A local HTTP server standing in for a browser vendor's push service: it records what it is
 * sent and answers the status a test chooses (201 as a real one does; 410 for a gone device).
 */
export async function startPushService(): Promise<PushService> {
  const requests: PushRequest[] = [];
  let status = 201;
  const byPath = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      requests.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = byPath.get(path) ?? status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let devices = 0;
  return {
    origin,
    requests,
    answer(next, path) {
      if (path) byPath.set(path, next);
      else status = next;
    },
    device: (path = `/push/device-${++devices}`) => makeDevice(origin + path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser's subscription keys: an ECDH P-256 pair and a 16-byte auth secret. */
export function makeDevice(endpoint: string): PushDevice {
  const ecdh = crypto.createECDH('prime256v1');
  const uaPublic = ecdh.generateKeys();
  const authSecret = crypto.randomBytes(16);
  return {
    subscription: {
      endpoint,
      keys: { p256dh: uaPublic.toString('base64url'), auth: authSecret.toString('base64url') },
    },
    decrypt(body) {
      // RFC 8188 header: salt (16) | record size (4) | key id length (1) | key id (the sender's key).
      const salt = body.subarray(0, 16);
      const idLength = body.readUInt8(20);
      const asPublic = body.subarray(21, 21 + idLength);
      const record = body.subarray(21 + idLength);
      // RFC 8291 §3.4: the input keying material from the ECDH secret and the auth secret.
      const ecdhSecret = ecdh.computeSecret(asPublic);
      const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
      const ikm = Buffer.from(crypto.hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32));
      // RFC 8188 §2.2 and §2.3: the content-encryption key and nonce from the salt.
      const cek = Buffer.from(
        crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
      );
      const nonce = Buffer.from(
        crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12),
      );
      const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
      decipher.setAuthTag(record.subarray(record.length - 16));
      const padded = Buffer.concat([
        decipher.update(record.subarray(0, record.length - 16)),
        decipher.final(),
      ]);
      // The last record ends with the delimiter 0x02, then any zero padding.
      let end = padded.length - 1;
      while (end >= 0 && padded[end] === 0) end--;
      if (padded[end] !== 2) throw new Error('The record has no last-record delimiter.');
      return padded.subarray(0, end).toString('utf8');
    },
  };
}

/**
 * Reads `Authorization: vapid t=JWT, k=KEY` (RFC 8292), verifying the ES256 signature with the
 * key it names. Throws when the header is malformed or the signature does not match.
 */
export function readVapid(header: string | undefined): {
  publicKey: string;
  claims: { aud: string; exp: number; sub: string };
} {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (!match) throw new Error(`Not a VAPID authorization: ${header}`);
  const [, jwt = '', publicKey = ''] = match;
  const [head = '', claims = '', signature = ''] = jwt.split('.');
  const raw = Buffer.from(publicKey, 'base64url');
  const key = crypto.createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const valid = crypto.verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('The VAPID signature does not verify with its key.');
  const header_ = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg: string };
  if (header_.alg !== 'ES256') throw new Error(`The VAPID JWT is signed with ${header_.alg}, not ES256.`);
  return { publicKey, claims: JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) };
}
