import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settings-connectors-${name}.png`, animations: 'disabled' });

async function openConnectors(page: Page): Promise<void> {
  await page.getByTestId('section-settings').click();
  await page.getByTestId('settings-page-connectors').click();
  await expect(page.getByTestId('settings-connectors')).toBeVisible();
}

test('an admin sees each carrier\'s connector, disables one and enables it again (requests wait meanwhile)', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  await openConnectors(page);
  const rows = page.getByTestId('connector-row');
  await expect(rows.first()).toBeVisible();
  // The embedded demo hub points its carriers at the simulator: connected, secret set, enabled.
  const enabledRow = rows.filter({ has: page.getByTestId('connector-status').filter({ hasText: 'Enabled' }) }).first();
  const carrier = (await enabledRow.getAttribute('data-carrier')) ?? '';
  const row = page.locator(`[data-testid="connector-row"][data-carrier="${carrier}"]`);
  await expect(row).toContainText('Set');
  await shot(page, '1-list');

  await row.getByRole('button', { name: `Edit ${carrier}` }).click();
  const modal = page.getByRole('dialog', { name: `Edit connector for ${carrier}` });
  await modal.getByTestId('connector-url').fill('ftp://nowhere');
  await modal.getByTestId('connector-save').click();
  await expect(modal).toContainText('must be an http(s) URL');
  await modal.getByTestId('connector-url').fill('');
  await page.keyboard.press('Escape');
  await expect(modal).toHaveCount(0);

  try {
    await row.getByRole('button', { name: `Edit ${carrier}` }).click();
    await modal.getByTestId('connector-enabled').click();
    await expect(modal).toContainText('new requests for');
    await shot(page, '2-edit');
    await modal.getByTestId('connector-save').click();
    await expect(modal).toHaveCount(0);
    await expect(row.getByTestId('connector-status')).toHaveText('Disabled');
  } finally {
    // Leave the demo hub as found: the other specs' actions need the simulator to answer.
    await row.getByRole('button', { name: `Edit ${carrier}` }).click();
    const enabled = modal.getByTestId('connector-enabled');
    if (!(await enabled.isChecked())) await enabled.click();
    await modal.getByTestId('connector-save').click();
    await expect(modal).toHaveCount(0);
  }
  await expect(row.getByTestId('connector-status')).toHaveText('Enabled');
  await shot(page, '3-enabled');
});

test('an agent has no Connectors page', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByTestId('section-settings').click();
  await expect(page.getByTestId('settings-page-profile')).toBeVisible();
  await expect(page.getByTestId('settings-page-connectors')).toHaveCount(0);
});

test('working offline, the Connectors page says it needs the hub', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  try {
    await openConnectors(page);
    await expect(page.getByTestId('hub-only-notice')).toBeVisible();
    await expect(page.getByTestId('connector-row')).toHaveCount(0);
  } finally {
    await page.getByRole('switch', { name: 'Work offline' }).click();
  }
});
