import { expect, test, type Page } from '@playwright/test';
import { activeRows, demoAgents, signInAs } from './session';

const agent = demoAgents.priya;

test.describe.configure({ mode: 'serial' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Inbox views' });
const hash = (page: Page) => new URL(page.url()).hash;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/addresses-${name}.png`, animations: 'disabled' });

test('the navbar and inbox views are real links: Tab reaches them, Enter follows them, middle-click opens a tab', async ({ page }) => {
  await signInAs(page, agent);
  const sections = page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link');
  // An agent's workspaces: no Dashboard (leads and admins), Settings with their own profile.
  await expect(sections).toHaveCount(5);
  for (const link of await sections.all()) await expect(link).toHaveAttribute('href', /^#\/(inbox|customers|exceptions|knowledge|settings)/);
  await expect(nav(page).getByRole('link', { name: /^Mine/ })).toHaveAttribute('href', '#/inbox/mine');
  await expect(nav(page).getByRole('link', { name: /^Email/ })).toHaveAttribute('href', '#/inbox/channel-email');

  // Keyboard: the Customers link takes focus like any link and Enter follows it.
  const customers = page.getByTestId('section-customers');
  await customers.focus();
  await expect(customers).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-list')).toBeVisible();
  expect(hash(page)).toBe('#/customers');

  // Middle-click: a new tab at the view's address; this tab stays where it was.
  const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('section-inbox').click({ button: 'middle' })]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).hash).toBe('#/inbox/all');
  await tab.close();
  expect(hash(page)).toBe('#/customers');
  await expect(page.getByTestId('customer-list')).toBeVisible();
});

test('an open ticket has an address: reload keeps it and its view, #/tickets/<id> opens it', async ({ page }) => {
  await signInAs(page, agent);
  await page.getByTestId('section-inbox').click();
  await nav(page).getByRole('link', { name: /^Mine/ }).click();
  expect(hash(page)).toBe('#/inbox/mine');
  const row = activeRows(page).first();
  await expect(row).toBeVisible();
  const id = (await row.getAttribute('data-ticket-id')) ?? '';
  await row.click();
  const subject = page.getByTestId('ticket-view').getByTestId('ticket-subject');
  await expect(subject).toBeVisible();
  const title = (await subject.textContent()) ?? '';
  expect(hash(page)).toBe(`#/inbox/mine/${id}`);

  await page.reload();
  await expect(subject).toHaveText(title, { timeout: 30_000 });
  await expect(nav(page).getByRole('link', { name: /^Mine/ })).toHaveAttribute('data-active', 'true');
  await shot(page, '1-ticket-after-reload');

  // Another ticket by its own address, as a link pasted into a chat would open it.
  await nav(page).getByRole('link', { name: /^All tickets/ }).click();
  const other = activeRows(page).nth(2);
  const otherId = (await other.getAttribute('data-ticket-id')) ?? '';
  await page.goto(`/#/tickets/${otherId}`);
  await expect(page.locator(`[data-testid="ticket-row"][data-ticket-id="${otherId}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(subject).not.toHaveText(title);
  await page.goBack();
  await expect(subject).toHaveText(title);
});

test('a customer, a shipment, an exception and an article each have an address that survives reload', async ({ page }) => {
  // Four workspaces and four reloads on a shared 2-core machine.
  test.setTimeout(120_000);
  await signInAs(page, agent);
  await page.getByTestId('section-customers').click();
  const customer = page.getByTestId('customer-row').nth(1);
  await customer.click();
  const name = page.getByTestId('customer-360').getByTestId('customer-name');
  await expect(name).toBeVisible();
  const customerName = (await name.textContent()) ?? '';
  expect(hash(page)).toMatch(/^#\/customers\/[\w-]+$/);
  await page.reload();
  await expect(name).toHaveText(customerName, { timeout: 30_000 });

  // A shipment (found by tracking number) has an address under its customer; reload expands it again.
  await page.getByTestId('customer-list').getByRole('textbox', { name: 'Search customers' }).fill('nordwind');
  await page.getByTestId('customer-row').first().click();
  const order = page.getByTestId('customer-360').getByTestId('order-item').first();
  await order.getByRole('button').first().click();
  const trackingNumber = ((await order.getByTestId('shipment-tracking-number').first().textContent()) ?? '').trim();
  await page.keyboard.press('Control+K');
  await page.keyboard.type(trackingNumber);
  await expect(page.locator('[data-testid="palette-hit"][data-kind="shipment"]').first()).toBeVisible();
  await page.locator('[data-testid="palette-hit"][data-kind="shipment"]').first().click();
  await expect.poll(() => hash(page)).toMatch(/^#\/customers\/[\w-]+\/shipments\/[\w-]+$/);
  const shipmentId = hash(page).split('/').at(-1) ?? '';
  const shipment = page.locator(`[data-testid="shipment-item"][data-shipment-id="${shipmentId}"]`);
  await page.reload();
  await expect(shipment.getByTestId('tracking-timeline').or(shipment.getByTestId('tracking-empty'))).toBeVisible({ timeout: 30_000 });
  await shot(page, '2-shipment-after-reload');

  await page.getByTestId('section-exceptions').click();
  const exception = page.getByTestId('exception-row').first();
  await exception.click();
  const exceptionId = (await exception.getAttribute('data-row-id')) ?? '';
  expect(hash(page)).toBe(`#/exceptions/${exceptionId}`);
  // The Customers link leads back to the customer (and not the shipment) last open there.
  await expect(page.getByTestId('section-customers')).toHaveAttribute('href', /^#\/customers\/[\w-]+$/);
  const detailTitle = (await page.getByTestId('exception-title').textContent()) ?? '';
  await page.reload();
  await expect(page.getByTestId('exception-title')).toHaveText(detailTitle, { timeout: 30_000 });
  await page.getByTestId('exception-detail').getByRole('button', { name: 'Close exception' }).click();
  await expect(page.getByTestId('exception-detail')).toBeHidden();
  expect(hash(page)).toBe('#/exceptions');

  await page.getByTestId('section-knowledge').click();
  const hit = page.getByTestId('kb-hit').nth(1);
  await hit.click();
  expect(hash(page)).toMatch(/^#\/knowledge\/[\w-]+$/);
  const article = page.getByTestId('kb-article');
  const articleTitle = (await article.getByRole('heading').first().textContent()) ?? '';
  await page.reload();
  await expect(article.getByRole('heading').first()).toHaveText(articleTitle, { timeout: 30_000 });
});

test('the Status filter is kept per inbox view, across view switches and reloads', async ({ page }) => {
  await signInAs(page, agent);
  await page.getByTestId('section-inbox').click();
  await nav(page).getByRole('link', { name: /^All tickets/ }).click();
  const status = page.getByRole('button', { name: 'Status filter' });
  await status.click();
  await page.getByRole('menuitem', { name: 'Open', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(status).toHaveText('Open');
  const statuses = () => page.getByTestId('ticket-row').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-status')))]);
  await expect.poll(statuses).toEqual(['open']);

  await nav(page).getByRole('link', { name: /^Mine/ }).click();
  await expect(status).toHaveText('Status');
  await nav(page).getByRole('link', { name: /^All tickets/ }).click();
  await expect(status).toHaveText('Open');
  await page.reload();
  await expect(status).toHaveText('Open', { timeout: 30_000 });
  // The list is still named after its view, not after the filter.
  await expect(page.getByTestId('ticket-list').getByText('All tickets', { exact: true })).toBeVisible();
  await expect.poll(statuses).toEqual(['open']);
  await shot(page, '3-filter-after-reload');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText('Status');
});
