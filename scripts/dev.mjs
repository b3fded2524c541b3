// `npm run dev`: the API with reload-on-change (tsx watch) on :3001 and Vite's dev server with
// hot reload on :5173, which proxies /api to it. Open http://localhost:5173.
import { spawn } from 'node:child_process';

const apiPort = process.env.REKINDLE_API_PORT ?? '3001';
const children = [
  spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'watch', '--clear-screen=false', 'src/cli/dev-serve.ts'],
    {
      stdio: 'inherit',
      env: { ...process.env, PORT: apiPort, REKINDLE_PUBLIC_URL: 'http://localhost:5173' },
    },
  ),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5173', '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, REKINDLE_API_PORT: apiPort },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
