import type { Context } from 'hono';
import type { Config } from '../../config.ts';
import type { AppEnv } from '../../http/env.ts';

/** The origin links in an email point at: the public one, else the one this request came to. */
export const requestOrigin = (c: Context<AppEnv>) =>
  c.get('deps').config.publicOrigin ?? new URL(c.req.url).origin;

/** The same, for the worker (no request): the public origin, else the server's own address. */
export const serverOrigin = (config: Config) => config.publicOrigin ?? `http://${config.host}:${config.port}`;

/** The host Message-IDs are made in: the public origin's, else a name that never resolves. */
export const messageIdHost = (config: Config) =>
  config.publicOrigin ? new URL(config.publicOrigin).hostname : 'rekindle.invalid';
