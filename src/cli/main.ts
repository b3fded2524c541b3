import { ConfigError, loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { buildWeb, ensureWebBuild } from './build-web.ts';
import { checkMessageCommand } from './check-message.ts';
import { migrateCommand } from './migrate.ts';
import { serveCommand } from './serve.ts';
import { userCommand } from './user.ts';
import { workerCommand } from './worker.ts';

const usage = `Usage: rekindle <command>

  start               build the web app if needed, then serve (what \`npm start\` runs)
  serve               serve the API and the built web app
  build               build the web app into dist/web
  migrate             apply database migrations and exit
  worker              run only the reminder worker (PostgreSQL; \`start\` runs it too)
  user list           list accounts (email, created)
  user delete EMAIL   delete an account and everything it owns
  user reset-link EMAIL  a one-time link (30 minutes) to choose a new password
  backup FILE         a consistent snapshot of the embedded database (works while serving)
  restore FILE        replace the embedded database with a snapshot (server stopped)
  check-message       read a draft (stdin or --text) and say how it would land;
                      --kind first_text|reply|logistics|boundary|letter|draft,
                      --json, or --jsonl for batches

Configuration comes from environment variables; see README.md.`;

/** Runs one command and returns the process exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'start': {
        const config = loadConfig();
        await ensureWebBuild(config.webDir);
        return await serveCommand(config);
      }
      case 'serve':
        return await serveCommand(loadConfig());
      case 'build':
        await buildWeb(loadConfig().webDir);
        return 0;
      case 'migrate':
        return await migrateCommand(loadConfig());
      case 'worker':
        return await workerCommand(loadConfig());
      case 'user':
        return await userCommand(loadConfig(), rest);
      case 'backup':
        return await backupCommand(loadConfig(), rest);
      case 'restore':
        return await restoreCommand(loadConfig(), rest);
      case 'check-message':
        return await checkMessageCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(usage);
        return command === undefined ? 2 : 0;
      default:
        console.error(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
