import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Type errors in tests fail `npm run typecheck`, which `npm run check` and CI run first.
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/integration-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file gets its own database; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'trust',
          include: ['tests/trust/**/*.test.ts'],
          // A database outage and two servers sharing a database are PostgreSQL matters: those run in the PostgreSQL pass.
          exclude: process.env.DATABASE_URL
            ? []
            : [
                'tests/trust/outage.test.ts',
                'tests/trust/two-servers.test.ts',
                'tests/trust/reminders-two-servers.test.ts',
              ],
          globalSetup: ['tests/support/integration-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One file at a time: the timing and outage checks must not share the CPU with fuzzing.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/e2e-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
