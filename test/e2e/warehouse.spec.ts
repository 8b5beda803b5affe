import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signWebhookV2 } from '../../src/hub/ingest/signature/signWebhookV2';
import { e2eHubPort, e2eWebhookSecret } from './e2eEnv';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/warehouse-${name}.png`, animations: 'disabled' });
const DAY = 86_400_000;

/** Posts one signed delivery to the embedded hub as the WMS / ERP would, and waits until the hub has stored it. */
async function deliver(source: 'orders' | 'warehouse', items: unknown[]): Promise<Record<string, unknown>> {
  const body = JSON.stringify(items);
  const path = `/api/v1/ingest/${source}`;
  const deliveryId = randomUUID();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = signWebhookV2(e2eWebhookSecret, { method: 'POST', path, deliveryId, timestamp }, body);
  const headers = { 'content-type': 'application/json', 'x-relay-timestamp': String(timestamp), 'x-relay-delivery': deliveryId, 'x-relay-signature': signature };
  const answer = await fetch(`http://127.0.0.1:${e2eHubPort}${path}`, { method: 'POST', headers, body });
  expect(answer.status, await answer.clone().text()).toBe(202);
  let result: Record<string, unknown> = {};
  await expect
    .poll(async () => {
      const statusPath = `${path}/deliveries/${deliveryId}`;
      const at = Math.floor(Date.now() / 1000);
      const res = await fetch(`http://127.0.0.1:${e2eHubPort}${statusPath}`, {
        headers: { 'x-relay-timestamp': String(at), 'x-relay-delivery': deliveryId, 'x-relay-signature': signWebhookV2(e2eWebhookSecret, { method: 'GET', path: statusPath, deliveryId, timestamp: at }, '') },
      });
      const status = (await res.json()) as { status: string; result: Record<string, unknown> };
      result = status.result;
      return status.status;
    }, { timeout: 30_000 })
    .toBe('done');
  return result;
}

async function openHarborPine(page: Page): Promise<void> {
  await page.getByTestId('section-customers').click();
  const list = page.getByTestId('customer-list');
  await list.getByRole('textbox', { name: 'Search customers' }).fill('harbor & pine');
  // The list filters as one types (debounced): click the row once it is there.
  await list.getByTestId('customer-row').filter({ hasText: 'Harbor & Pine Furniture' }).click();
  await expect(page.getByTestId('customer-360').getByTestId('customer-name')).toHaveText('Harbor & Pine Furniture');
}

test('a warehouse delivery moves the order, shows on the 360 timeline and puts a backorder in the queue until the order ships', async ({ page }) => {
  test.setTimeout(180_000);
  // Daniel leads the Freight Desk, which handles Harbor & Pine.
  await signInAs(page, demoAgents.daniel);

  // The seeded backorder is already waiting in the queue.
  await page.getByTestId('section-exceptions').click();
  const seeded = page.getByTestId('exception-row').filter({ hasText: 'Order SO-309001' });
  await expect(seeded).toBeVisible({ timeout: 30_000 });
  await expect(seeded).toContainText('Backorder');

  // The ERP sends a new order promised in three days; the warehouse picks, packs part, then backorders the rest 10 days late.
  const number = `SO-E2E-${Date.now().toString(36).toUpperCase()}`;
  const promised = Date.now() + 3 * DAY;
  await deliver('orders', [{ number, customer: { email: 'receiving@harborpine.example' }, status: 'confirmed', currency: 'EUR', promisedDate: promised, lines: [{ sku: 'OAK-CHR', description: 'Oak chair', quantity: 24, unitPrice: 95 }] }]);
  const stored = await deliver('warehouse', [
    { orderNumber: number, type: 'picked', occurredAt: Date.now() - 3 * 3_600_000, warehouse: 'Tilburg DC' },
    { orderNumber: 'SO-DOES-NOT-EXIST', type: 'picked', occurredAt: Date.now() },
    { orderNumber: number, type: 'backordered', occurredAt: Date.now() - 3_600_000, warehouse: 'Tilburg DC', expectedDate: promised + 10 * DAY, lines: [{ sku: 'OAK-CHR', quantity: 8 }], note: 'Chair legs out of stock' },
  ]);
  expect(stored.failed).toEqual([{ index: 1, reason: expect.stringMatching(/order SO-DOES-NOT-EXIST is unknown/) }]);

  // The new backorder arrives in the queue live; its detail names the order, the reason and the promise.
  const row = page.getByTestId('exception-row').filter({ hasText: `Order ${number}` });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('Backorder');
  await row.click();
  const detail = page.getByTestId('exception-detail');
  await expect(detail.getByTestId('exception-title')).toHaveText(`Backorder · ${number}`);
  await expect(detail.getByTestId('exception-reason')).toContainText('Backordered at Tilburg DC (OAK-CHR ×8)');
  await expect(detail.getByTestId('exception-reason')).toContainText('10 days after the promised');
  await expect(detail).toContainText(`${number} · backordered`);
  await shot(page, '1-queue-backorder');
  // Notices are shipment macros, so the order's exception offers a ticket instead: it opens, named after the order.
  await expect(detail.getByRole('button', { name: 'Notify customer…' })).toHaveCount(0);
  await detail.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByTestId('ticket-subject')).toHaveText(`Backorder — order ${number}`);
  await shot(page, '2-ticket-from-backorder');

  // The 360: the order shows backordered with its expected date; the timeline lists the warehouse events.
  await openHarborPine(page);
  const view = page.getByTestId('customer-360');
  const order = view.getByTestId('order-item').filter({ hasText: number });
  await expect(order).toContainText('backordered');
  await expect(order.getByTestId('order-backorder-expected')).toContainText('expected');
  await expect(view.getByTestId('customer-exceptions')).toContainText(`Order ${number}`);
  await shot(page, '3-360-orders');
  await view.getByRole('tab', { name: /Tickets & activity/ }).click();
  const events = view.locator('[data-testid="activity-item"][data-kind="warehouse"]').filter({ hasText: number });
  await expect(events).toHaveCount(2);
  await expect(events.first()).toContainText('Backordered');
  await expect(events.first().getByTestId('warehouse-event-details')).toContainText('OAK-CHR ×8');
  await expect(events.nth(1)).toContainText('Picked');
  await shot(page, '4-360-timeline');

  // The rest arrives: the warehouse ships the whole order; a late "picked" after that does not move it back.
  await deliver('warehouse', [
    { orderNumber: number, type: 'shipped', occurredAt: Date.now(), warehouse: 'Tilburg DC', carrier: 'DHL Freight', trackingNumber: `DHLF${Date.now()}`, mode: 'ltl' },
    { orderNumber: number, type: 'picked', occurredAt: Date.now() + 1000, warehouse: 'Tilburg DC' },
  ]);
  await expect(events.first()).toContainText('Picked', { timeout: 30_000 });
  await expect(view.locator('[data-testid="activity-item"][data-kind="warehouse"]').filter({ hasText: number }).filter({ hasText: 'Shipped' })).toContainText('DHL Freight');
  await view.getByRole('tab', { name: /Orders/ }).click();
  await expect(order).toContainText('shipped');
  await expect(order.getByTestId('order-backorder-expected')).toHaveCount(0);
  await expect(view.getByTestId('customer-exceptions').filter({ hasText: `Order ${number}` })).toHaveCount(0);
  await shot(page, '5-360-shipped');

  await page.getByTestId('section-exceptions').click();
  await expect(page.getByTestId('exception-row').filter({ hasText: `Order ${number}` })).toHaveCount(0, { timeout: 30_000 });
  await expect(seeded).toBeVisible();
  await shot(page, '6-queue-after');
});
