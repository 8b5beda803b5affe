import { expect, test, type Page } from '@playwright/test';
import { openTicketBySearch } from './openTicketBySearch';
import { demoAgents, signInAs } from './session';

const agent = demoAgents.priya;
const movedSubject = 'Customs hold: duties invoice for order from the UK';
const historySubject = 'Damaged box: ceramic vase arrived broken';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/transfer-${name}.png`, animations: 'disabled' });

test('move a ticket to Customs & Compliance with a note: the toast and the view say where it went', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openTicketBySearch(page, 'duties invoice', movedSubject);

  await view.getByRole('button', { name: 'Move to team' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByRole('combobox', { name: 'Team', exact: true }).click();
  await page.getByRole('option', { name: 'Customs & Compliance' }).click();
  await modal.getByRole('textbox', { name: 'Note for the team' }).fill('Import VAT question (DDP order): needs a customs specialist.');
  await shot(page, '1-modal');
  await modal.getByRole('button', { name: 'Move ticket' }).click();

  const moved = page.getByTestId('ticket-moved');
  await expect(moved).toContainText(/Ticket #\d+ moved to Customs & Compliance/);
  // One toast says it too (the view and the toast share the words).
  await expect(page.locator('.mantine-Notification-root').filter({ hasText: /Ticket #\d+ moved to Customs & Compliance/ })).toHaveCount(1);
  // Once the hub confirms, the ticket leaves the replica and the line stays.
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await expect(moved).toContainText('Customs & Compliance');
  await expect(page.getByTestId('ticket-row').filter({ hasText: movedSubject })).toHaveCount(0);
  await shot(page, '2-moved');
});

test('the History pane lists who changed what', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openTicketBySearch(page, 'ceramic vase', historySubject);
  await view.getByTestId('priority-menu').click();
  await page.getByRole('menuitem', { name: 'High' }).click();
  await expect(view.getByTestId('priority-menu')).toContainText('High');
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });

  await view.getByText('History', { exact: true }).click();
  const history = view.getByTestId('ticket-history');
  await expect(history).toContainText(`${agent.name} changed priority normal → high`);
  await expect(history).toContainText('opened the ticket');
  await shot(page, '3-history');
});

test('offline, the move waits in the outbox, the view already says where it is going, and it lands on reconnect', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openTicketBySearch(page, 'Saturday', 'Reschedule delivery to Saturday');
  const label = page.getByTestId('sync-label');
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(label).toHaveText('Working offline');

  await view.getByRole('button', { name: 'Move to team' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByRole('combobox', { name: 'Team', exact: true }).click();
  await page.getByRole('option', { name: 'Freight Desk' }).click();
  await modal.getByRole('button', { name: 'Move ticket' }).click();
  await expect(page.getByTestId('ticket-moved')).toContainText(/Ticket #\d+ moved to Freight Desk/);
  await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');
  await expect(page.getByTestId('ticket-moved')).toContainText('as soon as the hub confirms');
  await shot(page, '4-moved-offline');

  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(label).toHaveText('Online', { timeout: 30_000 });
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('ticket-moved')).toContainText('is now handled by Freight Desk');
  await expect(page.getByTestId('ticket-row').filter({ hasText: 'Reschedule delivery to Saturday' })).toHaveCount(0);
});
