import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium. One file at a time: each launches a
// browser, and two cores cannot run several without timing out.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
  },
});
