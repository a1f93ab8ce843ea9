import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure modules beside their sources, plus test/unit. WXT's plugin gives the fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/unit/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
  },
});
