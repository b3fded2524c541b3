import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../bin/builds.mjs';

/**
 * The only place that reads the environment. Everything else receives a `Config`.
 * An invalid environment fails at start with one line per problem.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  REKINDLE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REKINDLE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  REKINDLE_TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  REKINDLE_WEB_DIR: z.string().min(1).optional(),
  REKINDLE_RESOURCES_FILE: z.string().min(1).optional(),
  REKINDLE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps:// (like smtp://user:pass@mail.example.com:587)')
    .optional(),
  REKINDLE_MAIL_FROM: z.string().min(3).optional(),
  REKINDLE_PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, 'must be a mailto: or https:// address people can reach you at')
    .optional(),
  REKINDLE_WORKER: z.enum(['true', 'false', '1', '0']).default('true'),
  REKINDLE_WORKER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(30).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  /** Folder holding the embedded database (and its lock file); unused with `databaseUrl`. */
  dataDir: string;
  databaseUrl: string | undefined;
  poolSize: number;
  /** The origin people use to reach the app, when it differs from what the server sees (a proxy). */
  publicOrigin: string | undefined;
  /** Session cookies carry `Secure` when the public URL is https. */
  secureCookies: boolean;
  /** Use X-Forwarded-For for the client address (only behind a proxy you run). */
  trustProxy: boolean;
  /** The built web app (index.html and assets). */
  webDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** A JSON file of crisis and abuse support resources replacing the built-in international list. */
  resourcesFile: string | undefined;
  /** Email (confirmation, reset links, reminders): only when an SMTP server is configured. */
  smtp: { url: string; from: string } | undefined;
  /** Who push services may contact about this server's pushes (VAPID `sub`). */
  vapidSubject: string;
  /** Whether `serve`/`start` runs the reminder worker in the same process. */
  worker: boolean;
  /** How often the worker looks for due reminders. */
  workerIntervalMs: number;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The checkout (bin/builds.mjs): the built web app and the migrations are found from it. */
export { projectRoot };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const publicOrigin = e.REKINDLE_PUBLIC_URL ? new URL(e.REKINDLE_PUBLIC_URL).origin : undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.REKINDLE_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    poolSize: e.DATABASE_POOL_SIZE,
    publicOrigin,
    secureCookies: publicOrigin?.startsWith('https:') ?? false,
    trustProxy: e.REKINDLE_TRUST_PROXY === 'true' || e.REKINDLE_TRUST_PROXY === '1',
    webDir: path.resolve(e.REKINDLE_WEB_DIR ?? path.join(projectRoot, 'dist/web')),
    logLevel: e.LOG_LEVEL,
    resourcesFile: e.REKINDLE_RESOURCES_FILE ? path.resolve(e.REKINDLE_RESOURCES_FILE) : undefined,
    smtp: e.REKINDLE_SMTP_URL
      ? { url: e.REKINDLE_SMTP_URL, from: e.REKINDLE_MAIL_FROM ?? 'Rekindle <rekindle@localhost>' }
      : undefined,
    vapidSubject: e.REKINDLE_PUSH_SUBJECT ?? 'mailto:rekindle@localhost',
    worker: e.REKINDLE_WORKER === 'true' || e.REKINDLE_WORKER === '1',
    workerIntervalMs: e.REKINDLE_WORKER_INTERVAL_SECONDS * 1000,
  };
}
