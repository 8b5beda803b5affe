import { expect, test, type Page } from '@playwright/test';
import { e2eHubPort } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/customer-edit-${name}.png`, animations: 'disabled' });

/** Two seeded customers a few rows down, which no other spec names (they click the first rows); on screen for every role. */
async function lastTwoCustomers(page: Page): Promise<{ survivor: { id: string; name: string }; duplicate: { id: string; name: string } }> {
  await page.getByTestId('section-customers').click();
  const rows = page.getByTestId('customer-row');
  await expect(rows.first()).toBeVisible();
  const read = async (i: number) => ({ id: (await rows.nth(i).getAttribute('data-row-id')) ?? '', name: ((await rows.nth(i).locator('p, span').first().textContent()) ?? '').trim() });
  return { survivor: await read(7), duplicate: await read(6) };
}

test('an agent edits a customer: a bad phone is caught at the field, nothing typed is lost, then it saves', async ({ page }) => {
  await signInAs(page, demoAgents.tom);
  const { survivor } = await lastTwoCustomers(page);
  await page.locator(`[data-testid="customer-row"][data-row-id="${survivor.id}"]`).click();
  const view = page.getByTestId('customer-360');
  await view.getByTestId('customer-edit-open').click();
  const drawer = page.getByRole('dialog', { name: /^Edit / });
  await expect(drawer).toBeVisible();

  await drawer.getByTestId('customer-edit-phone').fill('030 1234567');
  await drawer.getByRole('button', { name: 'Add address' }).click();
  await drawer.getByTestId('address-0-label').fill('Receiving dock');
  await drawer.getByTestId('address-0-line1').fill('Am Sandtorkai 5');
  await drawer.getByTestId('address-0-postcode').fill('20457');
  await drawer.getByTestId('address-0-city').fill('Hamburg');
  await drawer.getByTestId('address-0-country').fill('XX');
  await drawer.getByTestId('customer-edit-optin-social').click();
  await drawer.getByTestId('customer-edit-save').click();

  // Both mistakes are named at their fields; the drawer stays open with everything typed.
  await expect(drawer.getByText('Use international format with country code, e.g. +49 30 1234567.')).toBeVisible();
  await expect(drawer.getByText('Use a two-letter ISO country code, e.g. DE, US, GB.')).toBeVisible();
  await expect(drawer.getByTestId('address-0-line1')).toHaveValue('Am Sandtorkai 5');
  await expect(drawer.getByTestId('customer-edit-phone')).toHaveValue('030 1234567');
  await shot(page, '1-field-errors');

  await drawer.getByTestId('customer-edit-phone').fill('+49 30 1234567');
  await drawer.getByTestId('address-0-country').fill('de');
  await drawer.getByTestId('customer-edit-save').click();
  await expect(drawer).toBeHidden();
  const header = view.getByTestId('customer-header');
  await expect(header).toContainText('+49301234567');
  await expect(header.getByTestId('customer-addresses')).toContainText('Am Sandtorkai 5, 20457 Hamburg, DE');
  await shot(page, '2-saved');

  // A contact added from the same drawer.
  await view.getByTestId('customer-edit-open').click();
  await expect(drawer.getByTestId('customer-edit-optin-social')).toBeChecked();
  await drawer.getByRole('button', { name: 'Add contact' }).click();
  await drawer.getByTestId('contact-name').fill('Jana Hollmann');
  await drawer.getByTestId('contact-role').fill('Dock supervisor');
  await drawer.getByTestId('contact-phone').fill('0049 40 555 0101');
  await drawer.getByTestId('contact-save').click();
  await expect(drawer.getByTestId('contact-row').filter({ hasText: 'Jana Hollmann' })).toContainText('+49405550101');
  await page.keyboard.press('Escape');
  await expect(view.getByTestId('customer-contacts')).toContainText('Jana Hollmann');
});

test('an agent is not offered the merge; a lead merges a duplicate offline and the duplicate redirects', async ({ page }) => {
  await signInAs(page, demoAgents.tom);
  const { survivor, duplicate } = await lastTwoCustomers(page);
  await page.locator(`[data-testid="customer-row"][data-row-id="${survivor.id}"]`).click();
  await expect(page.getByTestId('customer-edit-open')).toBeVisible();
  await expect(page.getByTestId('customer-merge-open')).toHaveCount(0);

  await signInAs(page, demoAgents.daniel);
  await lastTwoCustomers(page);
  await page.locator(`[data-testid="customer-row"][data-row-id="${survivor.id}"]`).click();
  const view = page.getByTestId('customer-360');
  // Offline: the merge is applied locally and waits in the outbox.
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  await view.getByTestId('customer-merge-open').click();
  const modal = page.getByTestId('customer-merge');
  await modal.getByTestId('customer-merge-pick').fill(duplicate.name);
  await page.getByRole('option', { name: new RegExp(duplicate.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
  await shot(page, '3-merge-dialog');
  await modal.getByTestId('customer-merge-confirm').click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');
  await expect(page.locator(`[data-testid="customer-row"][data-row-id="${duplicate.id}"]`)).toHaveCount(0);

  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Online');
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });

  // The duplicate's address now opens the survivor, saying so.
  await page.goto(`/#/customers/${duplicate.id}`);
  await expect(view.getByTestId('customer-redirected')).toContainText(`${duplicate.name} was merged into ${survivor.name}`);
  await expect(view.getByTestId('customer-name')).toHaveText(survivor.name);
  await shot(page, '4-redirected');
});

test('the hub flags two customers sharing an email; a lead merges them from "Possible duplicates"', async ({ page }) => {
  await signInAs(page, demoAgents.tom);
  await page.getByTestId('section-customers').click();
  const rows = page.getByTestId('customer-row');
  await expect(rows.first()).toBeVisible();
  // Two customers no other test touches; the second gets the first's email (typed with a +tag and capitals).
  const keepId = (await rows.nth(10).getAttribute('data-row-id')) ?? '';
  const dupId = (await rows.nth(9).getAttribute('data-row-id')) ?? '';
  await rows.nth(10).click();
  const view = page.getByTestId('customer-360');
  const keepName = ((await view.getByTestId('customer-name').textContent()) ?? '').trim();
  const keepEmail = ((await view.getByTestId('customer-header').getByRole('link').first().textContent()) ?? '').trim();
  expect(keepEmail).toContain('@');
  await page.locator(`[data-testid="customer-row"][data-row-id="${dupId}"]`).click();
  await expect(view.getByTestId('customer-name')).not.toHaveText(keepName);
  const dupName = ((await view.getByTestId('customer-name').textContent()) ?? '').trim();
  await view.getByTestId('customer-edit-open').click();
  const drawer = page.getByRole('dialog', { name: /^Edit / });
  const [local, domain] = keepEmail.split('@');
  await drawer.getByTestId('customer-edit-email').fill(`${local!.toUpperCase()}+orders@${domain}`);
  await drawer.getByTestId('customer-edit-save').click();
  await expect(drawer).toBeHidden();

  await signInAs(page, demoAgents.daniel);
  await page.getByTestId('section-customers').click();
  await page.getByTestId('duplicates-open').click();
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: keepName }).filter({ hasText: dupName });
  await expect(pair).toBeVisible({ timeout: 30_000 });
  await expect(pair).toContainText('Same email');
  await shot(page, '5-duplicates');
  await pair.getByRole('button', { name: `Keep ${keepName}` }).click();
  await expect(pair).toContainText(`Merge into ${keepName}? This cannot be undone.`);
  await pair.getByTestId('duplicate-merge-confirm').click();
  await expect(pair).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('customer-360').getByTestId('customer-name')).toHaveText(keepName);
  await expect(page.locator(`[data-testid="customer-row"][data-row-id="${dupId}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-testid="customer-row"][data-row-id="${keepId}"]`)).toHaveCount(1);
  await shot(page, '6-merged-from-review');
});

test('an offline edit of a customer a lead merged meanwhile lands in the refused changes with the reason', async ({ page }) => {
  await signInAs(page, demoAgents.tom);
  await page.getByTestId('section-customers').click();
  const rows = page.getByTestId('customer-row');
  await expect(rows.first()).toBeVisible();
  const goneId = (await rows.nth(12).getAttribute('data-row-id')) ?? '';
  const keepId = (await rows.nth(13).getAttribute('data-row-id')) ?? '';
  await rows.nth(12).click();
  const view = page.getByTestId('customer-360');
  const offline = page.getByRole('switch', { name: 'Work offline' });
  await offline.click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  await view.getByTestId('customer-edit-open').click();
  const drawer = page.getByRole('dialog', { name: /^Edit / });
  await drawer.getByTestId('customer-edit-segment').fill('edited offline');
  await drawer.getByTestId('customer-edit-save').click();
  await expect(drawer).toBeHidden();

  // Meanwhile a lead on another desktop merges that customer away.
  const lead = await hubAsAgent(`http://127.0.0.1:${e2eHubPort}`, 'lena@relay.example', 'demo-lena');
  expect((await lead.mutate('customer.merge', { survivorId: keepId, loserId: goneId })).status).toBe('applied');
  await offline.click();
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });

  const badge = page.getByTestId('failed-changes');
  await expect(badge).toContainText('not accepted', { timeout: 30_000 });
  await badge.click();
  await expect(page.getByTestId('failed-change').filter({ hasText: 'was merged into another customer' })).toBeVisible();
  await shot(page, '7-refused-edit');
  await page.getByTestId('failed-change').filter({ hasText: 'was merged into another customer' }).getByRole('button', { name: 'Dismiss' }).click();
});
