import fs from 'node:fs';
import path from 'node:path';
import { type Resources, resourcesSchema } from '../../../shared/api/resources.ts';
import { ConfigError, projectRoot } from '../../config.ts';

export const defaultResourcesFile = path.join(
  projectRoot,
  'src/server/features/resources/default-resources.json',
);

/** Reads and validates the resources file once, at start; a bad file stops the start with the reason. */
export function loadResources(file: string | undefined): Resources {
  file ??= defaultResourcesFile;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([
      `REKINDLE_RESOURCES_FILE: could not read ${file} as JSON (${(error as Error).message})`,
    ]);
  }
  const parsed = resourcesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `REKINDLE_RESOURCES_FILE (${file}) ${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data;
}
