import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
    projects: [
      {
        // WXT's plugin gives unit tests an in-memory fake of the extension APIs (storage, runtime, tabs…).
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          // One real browser at a time: the machine has two cores and each test launches Chromium.
          fileParallelism: false,
          testTimeout: 60_000,
          // The default 1 s is too tight for a real browser on a busy two-core machine; a budget test states its own.
          expect: { poll: { timeout: 5000 } },
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
