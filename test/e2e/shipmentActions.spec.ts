import { expect, test, type Locator, type Page } from '@playwright/test';
import { openTicketBySearch } from './openTicketBySearch';
import { demoAgents, signInAs } from './session';

const agent = demoAgents.priya;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/shipment-actions-${name}.png`, animations: 'disabled' });

test.describe.configure({ mode: 'serial' });

/** A weekday N days ahead as YYYY-MM-DD (the demo carriers deliver no Sundays). */
function weekdayIn(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  if (at.getUTCDay() === 0) at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}

/** Links the customer's shipment that is still moving, when the ticket has none yet. */
async function linkMovingShipment(page: Page, view: Locator): Promise<void> {
  if ((await view.getByTestId('shipment-actions').count()) > 0) return;
  await view.getByRole('combobox', { name: 'Linked shipment' }).click();
  await page.getByRole('listbox', { name: 'Linked shipment' }).getByRole('option', { name: /in transit|pending|exception/i }).first().click();
  await expect(view.getByTestId('shipment-actions')).toBeVisible();
}

async function ask(page: Page, view: Locator, kind: string, fill: Record<string, string>): Promise<void> {
  await view.getByTestId('shipment-actions').click();
  await page.getByTestId(`shipment-action-${kind}`).click();
  const modal = page.getByRole('dialog');
  for (const [key, value] of Object.entries(fill)) await modal.getByTestId(`action-${key}`).fill(value);
  await modal.getByTestId('shipment-action-submit').click();
  await expect(modal).toHaveCount(0);
}

test('reschedule and redirect from a ticket: the carrier simulator answers in the thread', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openTicketBySearch(page, 'Saturday', 'Reschedule delivery to Saturday');
  await linkMovingShipment(page, view);

  // A window that ends before it starts is caught at the field; nothing is sent.
  await view.getByTestId('shipment-actions').click();
  await page.getByTestId('shipment-action-reschedule').click();
  const modal = page.getByRole('dialog');
  await modal.getByTestId('action-date').fill(weekdayIn(3));
  await modal.getByTestId('action-windowFrom').fill('14:00');
  await modal.getByTestId('action-windowTo').fill('10:00');
  await modal.getByTestId('shipment-action-submit').click();
  await expect(modal).toContainText('the window must end after it starts');
  await shot(page, '1-form-error');
  await modal.getByTestId('action-windowTo').fill('18:00');
  await modal.getByTestId('shipment-action-submit').click();
  await expect(modal).toHaveCount(0);

  const cards = view.getByTestId('shipment-action');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Reschedule delivery');
  // The simulated carrier answers after a second or two; the card follows live.
  await expect(cards.first()).toHaveAttribute('data-state', /accepted|refused/, { timeout: 30_000 });
  await expect(cards.first().getByTestId('shipment-action-state')).toHaveText(/Accepted|Refused/);

  // 30 days ahead: the carrier refuses (it holds parcels 14 days at most), and says why.
  await ask(page, view, 'reschedule', { date: weekdayIn(30) });
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toHaveAttribute('data-state', 'refused', { timeout: 30_000 });
  await expect(cards.nth(1).getByTestId('shipment-action-reason')).toContainText('14 days');

  await ask(page, view, 'redirect', { pickupPoint: 'Kiosk Jægersborggade 4, Nørrebro' });
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2)).toHaveAttribute('data-state', /accepted|refused/, { timeout: 30_000 });
  await cards.nth(2).scrollIntoViewIfNeeded();
  await shot(page, '2-thread-answers');
});

test('book a pickup and open a damage claim from a ticket; the outcome arrives', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openTicketBySearch(page, 'ceramic vase', 'Damaged box: ceramic vase arrived broken');
  await linkMovingShipment(page, view);
  const cards = view.getByTestId('shipment-action');
  const before = await cards.count();

  await ask(page, view, 'book_pickup', { date: weekdayIn(2), pieces: '1', weightKg: '4.5' });
  await expect(cards).toHaveCount(before + 1);
  await expect(cards.nth(before)).toHaveAttribute('data-state', 'accepted', { timeout: 30_000 });

  await view.getByTestId('shipment-actions').click();
  await page.getByTestId('shipment-action-claim').click();
  const modal = page.getByRole('dialog');
  await modal.getByTestId('action-amount').fill('89.90');
  await modal.getByTestId('action-description').fill('Vase broken, outer box crushed at one corner despite fragile label.');
  const photos = modal.getByRole('checkbox');
  if ((await photos.count()) > 0) await photos.first().check();
  await shot(page, '3-claim-form');
  await modal.getByTestId('shipment-action-submit').click();
  await expect(modal).toHaveCount(0);
  await expect(cards).toHaveCount(before + 2);
  const claim = cards.nth(before + 1);
  await expect(claim).toContainText('Damage claim 89.9 EUR');
  await expect(claim).toHaveAttribute('data-state', /accepted|refused/, { timeout: 30_000 });
  // Refused or accepted, the agent reads why or the carrier's claim number.
  await expect(claim).toContainText(/Reason: |Carrier ref CLM-/);
  await claim.scrollIntoViewIfNeeded();
  await shot(page, '4-claim-outcome');
});

test('the customer 360 shows every request on a shipment and offers the same actions', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openTicketBySearch(page, 'ceramic vase', 'Damaged box: ceramic vase arrived broken');
  const tracking = ((await view.getByRole('combobox', { name: 'Linked shipment' }).inputValue()) ?? '').split(' · ')[0] ?? '';
  await view.getByTestId('ticket-customer').click();
  // Shipments sit inside their orders: open the order holding the ticket's shipment.
  const item = page.getByTestId('shipment-item').filter({ hasText: tracking });
  await page.getByTestId('order-item').filter({ has: item }).getByRole('button').first().click();
  await item.getByRole('button', { name: `Shipment ${tracking}` }).click();
  const panel = item.getByTestId('shipment-actions-panel');
  await expect(panel.getByTestId('shipment-action').filter({ hasText: 'Carrier claim' })).toHaveCount(1);
  await expect(panel.getByTestId('shipment-action').filter({ hasText: 'Book a pickup' })).toHaveCount(1);
  await expect(panel.getByTestId('shipment-actions')).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await shot(page, '5-customer-360');
});

test('the command palette offers the ticket shipment\'s actions (as the menu does) and opens the same form', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openTicketBySearch(page, 'Saturday', 'Reschedule delivery to Saturday');
  await linkMovingShipment(page, view);
  await view.getByTestId('shipment-actions').click();
  const menuKinds = await page.locator('[data-testid^="shipment-action-"][role="menuitem"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-testid')?.replace('shipment-action-', '')));
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  const offered = page.getByTestId('palette-shipment-action');
  await expect(offered.first()).toBeVisible();
  // The same kinds as the menu, from the one rule in core.
  expect(await offered.evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))).toEqual(menuKinds);
  await page.getByTestId('palette-search').fill('resched');
  await expect(offered).toHaveCount(1);
  await expect(offered).toHaveText(/Reschedule delivery…/);
  await shot(page, '6-palette');
  await page.keyboard.press('Enter');

  const modal = page.getByRole('dialog', { name: /Reschedule delivery/ });
  await expect(modal).toBeVisible();
  const cards = view.getByTestId('shipment-action');
  const before = await cards.count();
  await modal.getByTestId('action-date').fill(weekdayIn(4));
  await modal.getByTestId('shipment-action-submit').click();
  await expect(modal).toHaveCount(0);
  await expect(cards).toHaveCount(before + 1);
  await expect(cards.nth(before)).toHaveAttribute('data-state', /accepted|refused/, { timeout: 30_000 });
  await cards.nth(before).scrollIntoViewIfNeeded();
  await shot(page, '7-palette-outcome');
});
