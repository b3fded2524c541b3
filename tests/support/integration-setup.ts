import type { TestProject } from 'vitest/node';
import { createPostgresTemplate, dropPostgresTemplate } from './postgres.ts';
import { pgliteTemplatePath } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

/** Migrates once (PGlite tarball, and a PostgreSQL template database when DATABASE_URL is set). */
export default async function setup(project: TestProject) {
  project.provide('pgliteTemplate', await pgliteTemplatePath());
  const url = process.env.DATABASE_URL;
  console.log(
    url ? 'Integration tests on PostgreSQL (DATABASE_URL).' : 'Integration tests on embedded PGlite.',
  );
  project.provide('postgresTemplate', url ? await createPostgresTemplate(url) : null);
  return async () => {
    if (url) await dropPostgresTemplate(url);
  };
}
