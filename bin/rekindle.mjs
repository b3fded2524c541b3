#!/usr/bin/env node
// The `rekindle` command. The source is TypeScript run through tsx's loader, so there is no
// separate server build step; only the web app is bundled (by `rekindle build` / `npm start`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
