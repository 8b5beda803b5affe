import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/newTicket/${name}.png`, animations: 'disabled' });

/**
 * Issue #13: an agent takes a call from someone who is not a customer yet, logs it while the
 * desktop works offline (the ticket shows "#—"), and the hub numbers it once back online.
 */
test('log a phone call from a new caller offline; the hub numbers it when back online', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');

  await page.keyboard.press('Control+n');
  const modal = page.getByRole('dialog', { name: 'New ticket' });
  await expect(modal).toBeVisible();
  await modal.getByText('New customer', { exact: true }).click();
  await modal.getByTestId('new-customer-email').fill('not-an-email');
  await modal.getByTestId('call-duration').fill('four minutes');
  await modal.getByTestId('new-ticket-body').fill('Caller says pallet 3 arrived crushed; wants to claim.');
  await modal.getByRole('button', { name: /^Fields/ }).click();
  await modal.getByTestId('field-claim_amount').fill('420.50');
  await modal.getByTestId('create-ticket').click();

  // Every problem is shown at its field, and nothing typed is lost.
  await expect(modal.getByText('give the customer a name')).toBeVisible();
  await expect(modal.getByText('not an email address')).toBeVisible();
  await expect(modal.getByText('Type minutes:seconds, e.g. 4:05')).toBeVisible();
  await expect(modal.getByText('subject is empty')).toBeVisible();
  await expect(modal.getByTestId('new-ticket-body')).toHaveValue('Caller says pallet 3 arrived crushed; wants to claim.');
  await shot(page, '1-errors-at-fields');

  const subject = `Crushed pallet reported by phone (e2e ${Date.now()})`;
  await modal.getByTestId('new-customer-name').fill('Jo Caller');
  await modal.getByTestId('new-customer-email').fill('jo@caller.example');
  await modal.getByTestId('call-duration').fill('4:05');
  await modal.getByTestId('new-ticket-subject').fill(subject);
  const tags = modal.getByRole('combobox', { name: 'Tags' });
  await tags.fill('claim');
  await tags.press('Enter');
  await tags.fill('fragile');
  await tags.press('Enter');
  await modal.getByTestId('field-damage_reason').click();
  await page.getByRole('option', { name: 'Crushed' }).click();
  await shot(page, '2-filled');
  await modal.getByTestId('create-ticket').click();
  await expect(modal).toBeHidden();

  // Written locally: the ticket opens at once, unnumbered, with its call note, tags and fields.
  const header = page.getByTestId('ticket-view');
  await expect(header.getByTestId('ticket-subject')).toHaveText(subject);
  await expect(header.getByText('#—', { exact: true })).toBeVisible();
  await expect(header.getByTestId('ticket-customer')).toHaveText('Jo Caller');
  await expect(header.getByTestId('ticket-fields')).toContainText('Claim amount: USD 420.50');
  await expect(header.getByTestId('ticket-fields')).toContainText('Damage reason: Crushed');
  await expect(header.getByTestId('ticket-labels')).toContainText('fragile');
  await expect(header.getByTestId('call-details')).toHaveText('Inbound call · 4:05');
  await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');
  await shot(page, '3-offline-unnumbered');

  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await expect(header.getByText(/^#\d+$/)).toBeVisible({ timeout: 30_000 });
  const row = page.locator('[data-testid="ticket-row"]', { hasText: subject });
  await expect(row.getByTestId('row-tag')).toHaveText(['claim', 'fragile']);
  await shot(page, '4-numbered-online');

  // The filter bar narrows the inbox to a tag (kept in the inbox query, so saved views can store it).
  await page.getByRole('button', { name: 'Tags filter' }).click();
  await page.getByRole('menuitem', { name: 'fragile', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('list-total')).toHaveText('1 ticket');
  await expect(page.getByTestId('ticket-row')).toHaveCount(1);
  await shot(page, '5-filtered-by-tag');
  await page.getByRole('button', { name: 'Clear filters' }).click();
});

test('open a new ticket for the customer on screen from the customer 360, and from the palette', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.locator('[data-testid="ticket-row"]').first().click();
  const customerName = (await page.getByTestId('ticket-customer').textContent()) ?? '';
  await page.getByTestId('ticket-customer').click();
  await expect(page.getByTestId('customer-name')).toHaveText(customerName);
  await page.getByTestId('customer-header').getByTestId('new-ticket-button').click();
  const modal = page.getByRole('dialog', { name: 'New ticket' });
  await expect(modal.getByTestId('customer-select')).toHaveValue(new RegExp(customerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await shot(page, '6-from-customer-360');
  await modal.getByRole('button', { name: 'Cancel' }).click();
  await expect(modal).toBeHidden();

  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-search').fill('new ticket');
  await page.getByTestId('palette-new-ticket').click();
  await expect(page.getByRole('dialog', { name: 'New ticket' })).toBeVisible();
});
