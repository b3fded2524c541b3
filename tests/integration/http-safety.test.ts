import { describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { apiRoutes } from '../support/route-table.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const errorShape = (code: string) => ({ error: { code, message: expect.any(String) } });

describe('cross-site requests', () => {
  it('refuses a write whose Origin is another site, and creates nothing', async () => {
    const email = uniqueEmail();
    const attacker = new Client(server.url, 'https://evil.example');
    const res = await attacker.signup(email);
    expect(res.status).toBe(403);
    expect(res.json).toEqual(errorShape('cross_origin'));
    expect((await new Client(server.url).login(email)).status).toBe(401);
  });

  it('refuses a signed-in write from another site even with the victim cookie', async () => {
    const victim = new Client(server.url);
    await victim.signup(uniqueEmail());
    const forged = new Client(server.url, 'http://localhost.evil.example');
    forged.cookie = victim.cookie;
    expect((await forged.post('/api/auth/logout')).status).toBe(403);
    expect((await victim.get('/api/me')).status).toBe(200);
  });

  it('refuses a cross-site write that only carries Sec-Fetch-Site', async () => {
    const client = new Client(server.url, null);
    const res = await client.post(
      '/api/auth/signup',
      { email: uniqueEmail(), password: 'a quiet walk by the river' },
      {
        'sec-fetch-site': 'cross-site',
      },
    );
    expect(res.status).toBe(403);
  });
});

describe('bad input', () => {
  const client = () => new Client(server.url);
  /** Sends `body` as it is, with this content type. */
  const postRaw = (path: string, body: string, type = 'application/json') =>
    client().post(path, body, { 'content-type': type });

  it('answers malformed JSON with 400 and the error shape', async () => {
    const res = await postRaw('/api/auth/signup', '{"email": "a@b.co", ');
    expect(res.status).toBe(400);
    expect(res.json).toEqual(errorShape('bad_json'));
  });

  it('names the missing or wrong field', async () => {
    const missing = await client().post('/api/auth/signup', { email: uniqueEmail() });
    expect(missing.status).toBe(422);
    expect(missing.json).toEqual({ error: { code: 'invalid_input', message: 'Choose a password.' } });
    const wrongType = await client().post('/api/auth/login', { email: 42, password: 'x' });
    expect(wrongType.status).toBe(422);
    expect(wrongType.json).toEqual({
      error: { code: 'invalid_input', message: 'Enter your email address.' },
    });
    const badEmail = await client().post('/api/auth/login', { email: 'not-an-email', password: 'x' });
    expect(badEmail.json).toEqual({
      error: { code: 'invalid_input', message: 'Enter a valid email address, like name@example.com.' },
    });
    const extra = await client().post('/api/auth/login', { email: 'a@b.co', password: 'x', admin: true });
    expect(extra.status).toBe(422);
    expect(extra.json).toEqual({
      error: { code: 'invalid_input', message: 'We don\'t know the field "admin".' },
    });
  });

  it('refuses a body that is not a JSON object', async () => {
    for (const body of ['[]', 'null', '"text"', '12']) {
      const res = await postRaw('/api/auth/login', body);
      expect(res.status, body).toBe(422);
      expect(res.json, body).toEqual(errorShape('invalid_input'));
    }
  });

  it('asks for JSON when the content type is something else', async () => {
    const res = await postRaw('/api/auth/login', 'email=a@b.co', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect(res.json).toEqual(errorShape('unsupported_media_type'));
  });

  it('refuses bodies over 1 MB with 413 and stores nothing', async () => {
    const email = uniqueEmail();
    const huge = JSON.stringify({ email, password: 'x'.repeat(1_100_000) });
    const res = await postRaw('/api/auth/signup', huge);
    expect(res.status).toBe(413);
    expect(res.json).toEqual(errorShape('payload_too_large'));
    expect((await client().login(email)).status).toBe(401);
  });

  it('refuses overly long fields without hashing them', async () => {
    const res = await client().signup(uniqueEmail(), 'long words '.repeat(30));
    expect(res.status).toBe(422);
    expect(res.json).toEqual({ error: { code: 'invalid_input', message: 'Use at most 256 characters.' } });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await client().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json).toEqual(errorShape('not_found'));
    const post = await client().post('/api/nothing-here', {});
    expect(post.status).toBe(404);
  });
});

describe('headers', () => {
  it('sends strict security headers on API responses and pages', async () => {
    for (const path of ['/api/health', '/api/me', '/', '/today']) {
      const res = await fetch(server.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('lets no browser or proxy keep a copy of anything personal', async () => {
    const client = new Client(server.url);
    await client.signup(uniqueEmail('cache'));
    await client.post('/api/journal', { text: 'a private night' });
    const gets = apiRoutes().filter((r) => r.method === 'GET' && !r.path.includes(':'));
    const stored: string[] = [];
    for (const { path } of gets) {
      const res = await client.get(path);
      const cache = res.headers.get('cache-control') ?? '';
      // The public help lines may be cached; every other answer is someone's own.
      if (path === '/api/resources' ? cache.includes('private') : cache !== 'no-store')
        stored.push(`${path}: ${cache}`);
    }
    const failed = await client.post('/api/journal', { text: '' });
    if (failed.headers.get('cache-control') !== 'no-store') stored.push('POST /api/journal refusal');
    expect(gets.length).toBeGreaterThan(10);
    expect(stored).toEqual([]);
  });

  it('reports health', async () => {
    const res = await new Client(server.url).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true });
  });
});
