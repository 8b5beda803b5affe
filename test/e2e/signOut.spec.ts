import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { activeRows, demoAgents, ensureSignedOut, signInAs, submitSignIn } from './session';

test.describe.configure({ mode: 'serial' });

test('signing out with an unsent reply asks first: export it, keep it for later, and it goes out when the agent is back', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await activeRows(page).first().click();
  const view = page.getByTestId('ticket-view');
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  const body = `Written just before signing out (e2e ${Date.now()})`;
  await view.getByRole('textbox', { name: 'Reply' }).fill(body);
  await view.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');

  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out' });
  await expect(dialog.getByTestId('sign-out-unsent')).toHaveText('1 change not sent yet');
  await expect(dialog.getByRole('button', { name: 'Send now and sign out' })).toBeDisabled();
  await expect(dialog.getByTestId('cannot-send-reason')).toContainText('Work offline is on');
  await page.screenshot({ path: 'test-results/signOut-1-dialog.png', animations: 'disabled' });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^relay-unsent-changes-priya-.*\.json$/);
  const exported: unknown = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(exported).toMatchObject({ format: 'relay-pending-changes', changes: [{ name: 'message.send', args: { body } }] });

  await dialog.getByRole('button', { name: 'Keep for later' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible({ timeout: 30_000 });

  await submitSignIn(page, demoAgents.priya);
  await expect(page.getByText('1 change you left unsent on this computer is being sent now.')).toBeVisible({ timeout: 30_000 });
  // "Work offline" outlives the sign-in; switching it off sends the kept reply.
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await ensureSignedOut(page);
});
