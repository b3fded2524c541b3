import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/database.ts';

const templateName = `rekindle_test_template_${process.pid}`;

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates a template database; returns its name. */
export async function createPostgresTemplate(url: string): Promise<string> {
  await admin(url, async (c) => {
    await c.query(`drop database if exists ${templateName}`);
    await c.query(`create database ${templateName}`);
  });
  const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, templateName) });
  await database.migrate();
  await database.close();
  return templateName;
}

export async function dropPostgresTemplate(url: string) {
  await admin(url, (c) => c.query(`drop database if exists ${templateName} with (force)`));
}

/** A fresh copy of the template for one test file; returns its URL and a function to drop it. */
export async function createPostgresDatabase(url: string, template: string) {
  const name = `rekindle_test_${randomBytes(6).toString('hex')}`;
  await admin(url, (c) => c.query(`create database ${name} template ${template}`));
  return {
    url: withDatabase(url, name),
    drop: () => admin(url, (c) => c.query(`drop database if exists ${name} with (force)`)),
  };
}
