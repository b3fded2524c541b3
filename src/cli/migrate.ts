import type { Config } from '../server/config.ts';
import { openConfiguredDatabase } from '../server/db/open-from-config.ts';

export async function migrateCommand(config: Config): Promise<number> {
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    console.log('The database is up to date.');
    return 0;
  } finally {
    await database.close();
  }
}
