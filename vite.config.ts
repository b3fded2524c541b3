import path from 'node:path';
import { defineConfig } from 'vite';

// The web app is written against React's API and bundled with Preact's compatible one: the same
// components in a fifth of the bytes, which a cheap phone on a slow network feels on every fresh
// load (BENCHMARKS.md, "Web").
const preact = {
  react: 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
};

export default defineConfig({
  root: path.join(import.meta.dirname, 'src/web'),
  resolve: {
    alias: [
      ...Object.entries(preact).map(([find, replacement]) => ({
        find: new RegExp(`^${find}$`),
        replacement,
      })),
    ],
  },
  plugins: [
    {
      // The word models of the safety screen and the checker stay on the server: the browser
      // reads with what fits its text layer (src/web/text/no-word-models.ts and
      // no-checker-words.ts say why).
      name: 'no-word-models',
      enforce: 'pre',
      resolveId(source, importer) {
        if (
          source === './word-models.ts' &&
          importer?.endsWith(path.join('src', 'core', 'safety', 'screen.ts'))
        )
          return path.join(import.meta.dirname, 'src/web/text/no-word-models.ts');
        if (
          source === './word-model.ts' &&
          importer?.endsWith(path.join('src', 'core', 'checker', 'check.ts'))
        )
          return path.join(import.meta.dirname, 'src/web/text/no-checker-words.ts');
      },
    },
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: path.join(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: {
      // The API, but not the app's own modules under src/web/api/ (their URLs start with /api/ too).
      '^/api/(?!.*\\.tsx?(\\?.*)?$)': {
        target: `http://127.0.0.1:${process.env.REKINDLE_API_PORT ?? 3001}`,
        changeOrigin: false,
      },
    },
  },
});
