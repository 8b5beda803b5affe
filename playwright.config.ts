import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { e2eHubPort, e2ePort, e2eToken, e2eWebhookSecret } from './test/e2e/e2eEnv';

/**
 * Browser mode end to end: the launcher runs the embedded hub, the desktop core and the bridge
 * (fresh data folder per run); Debian's Chromium drives the renderer.
 */
const port = e2ePort;
// Workers re-evaluate this file; the env var keeps one data folder per run.
process.env['RELAY_E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'relay-e2e-'));

const reportDir = process.env['RELAY_TEST_REPORT_DIR'];
const reporter: ReporterDescription[] = [['list']];
if (reportDir) reporter.push(['json', { outputFile: join(reportDir, 'playwright.json') }]);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // One desktop core holds one session: the tests share it and run in order.
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter,
  projects: [
    { name: 'browser', testMatch: '*.spec.ts', testIgnore: 'electron.spec.ts' },
    // Drives the real desktop app; skips (saying why) where Electron's binary is not installed.
    { name: 'electron', testMatch: 'electron.spec.ts' },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx src/launcher/browserMain.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      RELAY_DATA_DIR: process.env['RELAY_E2E_DATA_DIR'],
      RELAY_PORT: String(port),
      RELAY_HUB_PORT: String(e2eHubPort),
      RELAY_BRIDGE_TOKEN: e2eToken,
      // The e2e specs sign in with the demo logins: ask for the demo world explicitly.
      RELAY_DEMO: '1',
      // Specs post signed feed deliveries (warehouse events) to the embedded hub.
      RELAY_WEBHOOK_SECRET: e2eWebhookSecret,
    },
  },
});
