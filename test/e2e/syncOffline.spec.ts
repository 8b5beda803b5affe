import { expect, test } from '@playwright/test';
import type { SyncStatus } from '../../src/core';
import { demoAgents, openApp, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

/**
 * The header says since when the hub has been out of reach. The shared desktop core cannot lose
 * its embedded hub mid-run, so the core's answer is replaced here (the core side is covered by
 * the integration tests of the sync status); this checks what the agent reads.
 */
test('a lost connection reads "Offline since <time>" with the reason in the header', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  const since = Date.UTC(2026, 11, 1, 9, 41);
  const offline: SyncStatus = {
    connection: 'offline',
    offlineSince: since,
    syncing: false,
    progress: null,
    unsent: 2,
    refused: 0,
    lastError: 'Cannot reach the hub (websocket error)',
    retryAt: null,
    paused: false,
    version: 1,
  };
  await page.route('**/api/invoke/sync.status', (route) => route.fulfill({ json: { ok: true, data: offline } }));
  // No live status events: they would report the real (online) state straight away.
  await page.route('**/api/events**', (route) => route.abort());
  // A fresh page load (only the hash would change otherwise, which reloads nothing).
  await page.goto('about:blank');
  await openApp(page);

  const clock = await page.evaluate((at) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }), since);
  await expect(page.getByTestId('sync-label')).toHaveText(`Offline since ${clock}`, { timeout: 30_000 });
  await expect(page.getByTestId('sync-error')).toHaveText(offline.lastError ?? '');
  await expect(page.getByTestId('unsent-count')).toHaveText('2 unsent');
  await page.screenshot({ path: 'test-results/syncOffline-1-offline-since.png', animations: 'disabled' });
});
