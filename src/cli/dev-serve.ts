// Entry for `npm run dev` (run under tsx watch): the same `serve` command.
import { main } from './main.ts';

process.exitCode = await main(['serve']);
