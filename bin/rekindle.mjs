#!/usr/bin/env node
// The `rekindle` command. It runs the compiled server (dist/server, made by `rekindle build` and
// `rekindle start`) when that matches the source; otherwise the TypeScript source itself, through
// tsx's loader, so a change never runs stale code.
import { buildServer, isCurrent, server } from './builds.mjs';

const args = process.argv.slice(2);
let compiled = isCurrent(server.dir, server.inputs);
if (!compiled && (args[0] === 'start' || args[0] === 'build')) {
  await buildServer();
  compiled = true;
}
let main;
if (compiled) {
  ({ main } = await import(server.entry));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(args);
