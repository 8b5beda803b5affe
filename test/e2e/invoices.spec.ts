import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { renderInvoicePdf } from '../../src/hub/invoices/renderInvoicePdf';
import { webhookClient } from '../fixtures/ingest/webhookClient';
import { e2eHubPort, e2eWebhookSecret } from './e2eEnv';
import { demoAgents, signInAs } from './session';
import { settleSync } from './settleSync';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/invoices-${name}.png`, animations: 'disabled' });
const customerName = 'Harbor & Pine Furniture';
const erp = webhookClient(`http://127.0.0.1:${e2eHubPort}`, e2eWebhookSecret);

async function openCustomer(page: Page) {
  await page.keyboard.press('Control+K');
  await page.getByTestId('palette-search').fill('Harbor & Pine');
  const hit = page.locator('[data-testid="palette-hit"][data-kind="customer"]').filter({ hasText: customerName }).first();
  await hit.click();
  const view = page.getByTestId('customer-360');
  await expect(view.getByTestId('customer-name')).toHaveText(customerName);
  return view;
}

test('the customer 360 lists invoices with their state and the open balance; a payment from the ERP shows up live', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  const view = await openCustomer(page);
  await expect(view.getByTestId('kpi-open-balance')).not.toContainText('—');
  await view.getByTestId('invoices-tab').click();
  const rows = view.getByTestId('invoice-row');
  await expect(rows.first()).toBeVisible();
  const demo = rows.filter({ hasText: 'INV-104202' });
  await expect(demo.getByTestId('invoice-state')).toHaveText('open');

  // The ERP sends an overdue invoice with its PDF, then reports it paid: both reach the screen without a reload.
  const customerId = await page.evaluate(() => /customers\/([0-9a-f-]{36})/.exec(location.hash)?.[1] ?? null);
  expect(customerId).toBeTruthy();
  const invoice = {
    number: 'INV-E2E-0001',
    customer: { id: customerId },
    orderNumbers: ['SO-E2E-1'],
    status: 'open',
    currency: 'EUR',
    amountMinor: 98_050,
    issuedAt: Date.now() - 45 * 86_400_000,
    dueAt: Date.now() - 15 * 86_400_000,
    pdf: { base64: renderInvoicePdf({ title: 'Invoice INV-E2E-0001', lines: [customerName, 'EUR 980.50'] }).toString('base64') },
  };
  await erp.deliver('invoices', JSON.stringify(invoice));
  const late = rows.filter({ hasText: 'INV-E2E-0001' });
  await expect(late.getByTestId('invoice-state')).toHaveText('overdue');
  await expect(view.getByTestId('kpi-open-balance')).toContainText('overdue');
  await shot(page, '1-360-overdue');

  await erp.deliver('invoices', JSON.stringify({ ...invoice, status: 'paid', pdf: undefined }));
  await expect(late.getByTestId('invoice-state')).toHaveText('paid');
  await shot(page, '2-360-paid');

  // The PDF comes from the hub, byte for byte; working offline, the agent is told to connect.
  const [download] = await Promise.all([page.waitForEvent('download'), late.getByTestId('invoice-pdf').click()]);
  expect(download.suggestedFilename()).toBe('INV-E2E-0001.pdf');
  const saved = await download.path();
  expect(readFileSync(saved).equals(Buffer.from(invoice.pdf.base64, 'base64'))).toBe(true);
  const offline = page.getByRole('switch', { name: 'Work offline' });
  await offline.click();
  await expect(page.getByTestId('sync-label')).not.toHaveText('Online');
  await late.getByTestId('invoice-pdf').click();
  await expect(view.getByTestId('invoice-pdf-error')).toContainText('connect to open');
  await shot(page, '2b-pdf-offline');
  await offline.click();
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });
});

test('"Invoice copy": the agent attaches the invoice PDF in one click and sends the reply', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  // The customer's invoice-copy ticket, from the 360's activity.
  const customer = await openCustomer(page);
  await customer.getByRole('tab', { name: /Tickets & activity/ }).click();
  await customer.getByTestId('activity-item').filter({ hasText: 'Invoice copy for last month' }).getByTestId('activity-ticket-link').first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toHaveText('Invoice copy for last month');
  const composer = view.getByTestId('reply-composer');
  await view.getByRole('textbox', { name: 'Reply' }).fill('Hello, the copy of your invoice is attached.');
  await composer.getByTestId('attach-invoice').click();
  const menu = page.getByTestId('invoice-menu');
  await expect(menu.getByTestId('invoice-menu-item').first()).toBeVisible();
  await shot(page, '3-attach-menu');
  await menu.getByTestId('invoice-menu-item').filter({ hasText: 'INV-104202' }).click();
  await expect(composer.getByTestId('attached-file')).toHaveCount(1);
  await expect(composer.getByTestId('attached-file')).toContainText('INV-104202.pdf');
  await shot(page, '4-attached');

  await view.getByRole('button', { name: 'Send reply' }).click();
  const sent = view.getByTestId('message').filter({ hasText: 'the copy of your invoice is attached' }).last();
  await expect(sent).toContainText('INV-104202.pdf');
  await settleSync(page);
  // Confirmed by the hub: the reply names the invoice's own PDF, which the hub already holds.
  await expect(sent.getByTestId('pending-marker')).toHaveCount(0);
  await expect(page.getByTestId('failed-changes')).toHaveCount(0);
  await shot(page, '5-sent');
});
