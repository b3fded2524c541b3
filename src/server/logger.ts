import pino from 'pino';
import type { Config } from './config.ts';

/** JSON lines on stdout. Request bodies, cookies and tokens are never passed to it. */
export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({
    level: config.logLevel,
    base: undefined,
    redact: ['req.headers.cookie', 'password', 'token'],
  });
}
