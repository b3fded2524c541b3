/**
 * A tiny browser stand-in for API tests: keeps the session cookie like a browser would and sends
 * the page's Origin on writes (a same-origin fetch does).
 */
export class Client {
  cookie: string | undefined;

  constructor(
    readonly base: string,
    readonly origin: string | null = base,
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.origin && method !== 'GET' && method !== 'HEAD') h.origin = this.origin;
    if (body !== undefined && typeof body !== 'string') h['content-type'] ??= 'application/json';
    const response = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name === 'rekindle_session') this.cookie = value ? `${name}=${value}` : undefined;
      if (/max-age=0/i.test(set) && name === 'rekindle_session') this.cookie = undefined;
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, body, headers);
  put = (path: string, body?: unknown) => this.request('PUT', path, body);
  delete = (path: string, body?: unknown) => this.request('DELETE', path, body);

  signup(email: string, password = 'a quiet walk by the river') {
    return this.post('/api/auth/signup', { email, password });
  }

  login(email: string, password = 'a quiet walk by the river') {
    return this.post('/api/auth/login', { email, password });
  }
}

let counter = 0;
/** A unique email per call, so tests never collide. */
export const uniqueEmail = (label = 'person') =>
  `${label}-${process.pid}-${Date.now()}-${counter++}@example.com`;
