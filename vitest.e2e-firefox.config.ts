import { defineConfig } from 'vitest/config';

// End-to-end tests: the built Firefox extension in Debian's Firefox ESR, over WebDriver BiDi. One
// file at a time, one browser per file: a Firefox takes ~5 s to start on two cores.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
  },
});
