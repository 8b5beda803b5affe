import { expect, test } from '@playwright/test';
import { e2eHubPort } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { activeRows, demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

test('a refused reply can be copied, retried once its cause is gone, and then reaches the hub', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(page, demoAgents.priya);
  const row = activeRows(page).first();
  const ticketId = await row.getAttribute('data-ticket-id');
  expect(ticketId).toBeTruthy();
  await row.click();
  const view = page.getByTestId('ticket-view');

  // Priya answers offline while a lead closes the ticket on the hub: the hub refuses the reply.
  const offline = page.getByRole('switch', { name: 'Work offline' });
  await offline.click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  const body = `Retry me once it is open again (e2e ${Date.now()})`;
  await view.getByRole('textbox', { name: 'Reply' }).fill(body);
  await view.getByRole('button', { name: 'Send reply' }).click();
  const lead = await hubAsAgent(`http://127.0.0.1:${e2eHubPort}`, 'maya@relay.example', 'demo-maya');
  expect((await lead.mutate('ticket.update', { id: ticketId, status: 'closed' })).status).toBe('applied');
  await offline.click();
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });

  const badge = page.getByTestId('failed-changes');
  await expect(badge).toContainText('not accepted', { timeout: 30_000 });
  await badge.click();
  const item = page.getByTestId('failed-change').filter({ hasText: body });
  await expect(item).toBeVisible();

  // The words can be reused.
  await item.getByRole('button', { name: 'Copy text' }).click();
  await expect(item.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

  // While the ticket is still closed, a retry says why it cannot go and keeps the item.
  await item.getByRole('button', { name: 'Retry' }).click();
  await expect(item.getByRole('alert')).toContainText('still cannot be applied');
  await expect(item.getByRole('alert')).toContainText('is closed');
  await page.screenshot({ path: 'test-results/failedChanges-1-retry-refused.png', animations: 'disabled' });

  // The lead re-opens it; once the replica has heard, the retry goes through.
  expect((await lead.mutate('ticket.update', { id: ticketId, status: 'open' })).status).toBe('applied');
  await expect(view.getByRole('textbox', { name: 'Reply' })).toBeEnabled({ timeout: 30_000 });
  await item.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Queued again')).toBeVisible();
  await expect(item).toHaveCount(0);
  const sent = view.getByTestId('message').filter({ hasText: body });
  await expect(sent).toHaveAttribute('data-pending', 'false', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/failedChanges-2-retried.png', animations: 'disabled' });
});
