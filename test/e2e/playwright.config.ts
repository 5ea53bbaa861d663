import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness/chromium.js';

/**
 * End-to-end tests of the built renderer in Debian's Chromium (no browser download), against
 * the real core hosted by the harness (harness/fixtures.ts). Build first: npm run test:e2e.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Our own tsconfig for the loader: see the note inside it.
  tsconfig: './tsconfig.playwright.json',
  outputDir: '../../test-results',
  workers: 2,
  retries: 0,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
});
