import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { labelledPool } from './driver-errors.ts';
import { isDatabaseUnavailable, isRaceLost, isUniqueViolation } from './pg-errors.ts';

/** As Drizzle throws them: its own error, with the driver's as the cause. */
const wrapped = (cause: object) => Object.assign(new Error('Failed query: insert …'), { cause });

describe('isUniqueViolation', () => {
  it('is the race the caller expects only when the constraint is the one it names', () => {
    const error = wrapped({ code: '23505', constraint: 'users_email_unique' });
    expect(isUniqueViolation(error, 'users_email_unique')).toBe(true);
    expect(isUniqueViolation(error, 'sessions_pkey')).toBe(false);
  });

  it('treats a unique violation that names no constraint, or another error, as a real error', () => {
    expect(isUniqueViolation(wrapped({ code: '23505' }), 'users_email_unique')).toBe(false);
    expect(
      isUniqueViolation(wrapped({ code: '23503', constraint: 'users_email_unique' }), 'users_email_unique'),
    ).toBe(false);
    expect(isUniqueViolation(new Error('duplicate key value violates unique constraint'), 'x')).toBe(false);
  });
});

describe('isDatabaseUnavailable', () => {
  it.each([
    '08000',
    '08001',
    '08003',
    '08004',
    '08006',
    '57P01',
    '57P02',
    '57P03',
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
  ])('knows %s', (code) => {
    expect(isDatabaseUnavailable(wrapped({ code }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code }))).toBe(true);
  });

  it('does not read messages, and other SQLSTATEs are not an outage', () => {
    for (const code of ['23505', '40001', '57014', '42P01', undefined]) {
      expect(isDatabaseUnavailable(wrapped({ code }))).toBe(false);
    }
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(false);
  });
});

describe('isRaceLost', () => {
  it('is a serialization failure or a deadlock', () => {
    expect(isRaceLost(wrapped({ code: '40001' }))).toBe(true);
    expect(isRaceLost(wrapped({ code: '40P01' }))).toBe(true);
    expect(isRaceLost(wrapped({ code: '23505' }))).toBe(false);
  });
});

describe('what node-postgres gives (PGlite: tests/integration/driver-errors.test.ts)', () => {
  describe('node-postgres', () => {
    // Just enough of a PostgreSQL server: it lets a client in, then ends the connection at its
    // first query, as a restart or a cut network does.
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => {
      sockets.add(socket);
      let started = false;
      socket.on('data', () => {
        if (started) return void socket.end();
        started = true;
        const authenticationOk = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]);
        const readyForQuery = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);
        socket.write(Buffer.concat([authenticationOk, readyForQuery]));
      });
    });
    const listening = new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    );
    afterAll(() => {
      for (const socket of sockets) socket.destroy();
      server.close();
    });

    it('labels a query whose connection ended 08006 (it has no code of its own)', async () => {
      const pool = labelledPool({ host: '127.0.0.1', port: await listening, user: 'x', database: 'x' });
      pool.on('error', () => {});
      const error = await pool.query('select 1').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: '08006' });
      expect(isDatabaseUnavailable(error)).toBe(true);
      const client = await pool.connect();
      client.on('error', () => {});
      const again = await client.query('select 1').catch((e: unknown) => e);
      client.release(true);
      expect(again).toMatchObject({ code: '08006' });
      await pool.end();
    }, 20_000);

    it('keeps node’s own code for a refused connection', async () => {
      const closedPort = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as net.AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const pool = labelledPool({ host: '127.0.0.1', port: closedPort, user: 'x', database: 'x' });
      const error = await pool.query('select 1').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'ECONNREFUSED' });
      expect(isDatabaseUnavailable(error)).toBe(true);
      await pool.end();
    });
  });
});
