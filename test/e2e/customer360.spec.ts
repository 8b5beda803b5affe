import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/customer360-${name}.png`, animations: 'disabled' });

/** Opens the palette with the keyboard and types; waits until a result of `kind` shows. */
async function paletteSearch(page: Page, text: string, kind: string) {
  await page.keyboard.press('Control+K');
  const search = page.getByTestId('palette-search');
  await expect(search).toBeFocused();
  await search.fill(text);
  await expect(page.locator(`[data-testid="palette-hit"][data-kind="${kind}"]`).first()).toBeVisible();
  return search;
}

test('find a customer with the command palette and read a shipment timeline', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await expect(page.getByTestId('palette-button')).toContainText('Search…');

  await paletteSearch(page, 'nordwind out', 'customer');
  // The customer is the first (selected) result, so Enter opens it.
  await expect(page.locator('[data-testid="palette-hit"][data-selected]')).toContainText('Nordwind Outdoor GmbH');
  await shot(page, '1-palette');
  await page.keyboard.press('Enter');

  const view = page.getByTestId('customer-360');
  await expect(view.getByTestId('customer-name')).toHaveText('Nordwind Outdoor GmbH');
  await expect(view.getByTestId('customer-header')).toContainText('B2B');
  await expect(view.getByTestId('customer-header')).toContainText('Platinum');
  await expect(view.getByTestId('customer-preferences')).toContainText('de-DE');
  await expect(view.getByTestId('kpi-orders')).not.toContainText('—');
  await expect(page.locator('[data-testid="customer-row"][aria-current="true"]')).toContainText('Nordwind Outdoor GmbH');
  await shot(page, '2-overview');

  // An order that has shipped: open it, then its first shipment.
  const order = view.getByTestId('order-item').filter({ has: page.getByText(/shipments? ·/) }).filter({ hasNotText: /^0 shipments/ }).first();
  await order.getByRole('button').first().click();
  const shipment = order.getByTestId('shipment-item').first();
  await shipment.getByRole('button').first().click();
  const events = shipment.getByTestId('tracking-event');
  await expect(events.first()).toBeVisible();
  const codes = await shipment.getByTestId('tracking-raw-code').allTextContents();
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) expect(code).toMatch(/^[A-Z0-9_-]+(\/[A-Z0-9]+)?$/);
  await expect(shipment.getByTestId('shipment-eta')).toContainText(/promised|no promised date/);
  await shipment.scrollIntoViewIfNeeded();
  await shot(page, '3-timeline');

  // Nordwind's tickets sit in the Freight Desk's queue, which Priya (Parcel) does not replicate.
  await view.getByRole('tab', { name: /Tickets & activity/ }).click();
  await expect(view.getByText('No tickets or messages with this customer in your queues.')).toBeVisible();
});

test('a tracking number in the palette opens the customer with that shipment expanded', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByTestId('section-customers').click();
  const list = page.getByTestId('customer-list');
  await list.getByRole('textbox', { name: 'Search customers' }).fill('nordwind');
  await expect(list.getByTestId('customer-row')).toHaveCount(1);
  await list.getByTestId('customer-row').first().click();
  const view = page.getByTestId('customer-360');
  await expect(view.getByTestId('customer-name')).toHaveText('Nordwind Outdoor GmbH');
  // The second (older) order: the palette must open it, not just the first.
  await view.getByTestId('order-item').nth(1).getByRole('button').first().click();
  const trackingNumber = ((await view.getByTestId('order-item').nth(1).getByTestId('shipment-tracking-number').first().textContent()) ?? '').trim();
  await view.getByTestId('order-item').nth(1).getByRole('button').first().click();
  expect(trackingNumber).toMatch(/^[A-Z0-9]{6,}$/);

  // Offline, from another workspace, jump straight to the shipment by its number: all from the replica.
  const offline = page.getByRole('switch', { name: 'Work offline' });
  await offline.click();
  await expect(page.getByTestId('sync-label')).not.toHaveText('Online');
  await page.getByTestId('section-inbox').click();
  await paletteSearch(page, trackingNumber.toLowerCase(), 'shipment');
  // The shipment outranks tickets that mention its number, so Enter opens it.
  await expect(page.locator('[data-testid="palette-hit"][data-selected]')).toHaveAttribute('data-kind', 'shipment');
  await page.keyboard.press('Enter');
  const focused = page.locator(`[data-testid="shipment-item"]`).filter({ hasText: trackingNumber });
  await expect(focused.getByTestId('tracking-timeline').or(focused.getByTestId('tracking-empty'))).toBeVisible();
  // Scrolled into view: the shipment's header and its newest scan are on screen.
  await expect(focused.getByTestId('shipment-tracking-number')).toBeInViewport();
  await expect(focused.getByTestId('tracking-event').first()).toBeInViewport();
  await shot(page, '5-shipment-from-palette');
  await offline.click();
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });

  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, '6-dark');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('a customer\'s tickets and messages share one timeline, and a ticket opens from it', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await paletteSearch(page, 'aiko', 'customer');
  await page.locator('[data-testid="palette-hit"][data-kind="customer"]').filter({ hasText: 'Aiko Tanaka' }).click();
  const view = page.getByTestId('customer-360');
  await expect(view.getByTestId('customer-name')).toHaveText('Aiko Tanaka');
  await view.getByRole('tab', { name: /Tickets & activity/ }).click();
  await expect(view.locator('[data-testid="activity-item"][data-kind="ticket"]').first()).toBeVisible();
  await expect(view.locator('[data-testid="activity-item"][data-kind="message"]').first()).toBeVisible();
  await shot(page, '4-activity');

  const link = view.getByTestId('activity-ticket-link').first();
  const subject = ((await link.textContent()) ?? '').replace(/^#\d+ /, '');
  await link.click();
  await expect(page.getByTestId('ticket-subject')).toHaveText(subject);
});
