import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data on localhost:3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      secureCookies: false,
    });
    expect(config.dataDir).toBe(path.resolve('data'));
  });

  it('uses Secure cookies and the public origin when served over https', () => {
    const config = loadConfig({ REKINDLE_PUBLIC_URL: 'https://rekindle.example.org/' });
    expect(config.publicOrigin).toBe('https://rekindle.example.org');
    expect(config.secureCookies).toBe(true);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must start with postgres://');
      expect(message).toContain('LOG_LEVEL');
    }
  });
});
