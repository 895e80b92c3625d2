import { defineConfig } from '@playwright/test';

// One worker, in order: the managed-policy specs write into
// /etc/chromium/policies/managed, which every Chromium on the machine reads.
// No retries: a flaky block is a bug to report, not to hide.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 45_000,
  // CI must stay well under its limit even if something hangs.
  globalTimeout: 20 * 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'off',
  },
});
