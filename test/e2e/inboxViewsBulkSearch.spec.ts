import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';
import { settleSync } from './settleSync';

test.describe.configure({ mode: 'serial' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Inbox views' });
const rows = (page: Page) => page.getByTestId('ticket-row');
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/inboxViewsBulkSearch-${name}.png`, animations: 'disabled' });
const rowOf = (page: Page, id: string) => page.locator(`[data-testid="ticket-row"][data-ticket-id="${id}"]`);

test('offline: save a view, bulk-set priority on 3 tickets, undo the batch; all of it reaches the hub', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByTestId('section-inbox').click();
  await nav(page).getByText('All tickets', { exact: true }).click();
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');

  // Save "Open, by priority" as a personal view.
  await page.getByRole('button', { name: 'Status filter' }).click();
  await page.getByRole('menuitem', { name: 'Open', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save view' });
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(dialog.getByText('Give the view a name')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Open tickets (e2e)');
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(dialog).toBeHidden();
  const link = nav(page).getByTestId('saved-view-link').filter({ hasText: 'Open tickets (e2e)' });
  await expect(link).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open tickets (e2e)');
  await expect.poll(async () => new Set(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))).toEqual(new Set(['open']));
  await shot(page, '1-saved-view');

  // Back to all tickets; ctrl-click the first row, shift-click the third: three selected.
  await nav(page).getByText('All tickets', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All tickets');
  const picked = await rows(page).evaluateAll((els) => els.slice(0, 3).map((e) => ({ id: e.getAttribute('data-ticket-id') ?? '', priority: e.getAttribute('data-priority') })));
  await rowOf(page, picked[0]!.id).click({ modifiers: ['Control'] });
  await rowOf(page, picked[2]!.id).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');
  await page.getByRole('button', { name: 'Bulk priority' }).click();
  await page.getByRole('menuitem', { name: 'Urgent' }).click();
  const toast = page.getByTestId('bulk-toast');
  await expect(toast).toContainText('Priority set to Urgent on');
  for (const { id } of picked) await expect(rowOf(page, id)).toHaveAttribute('data-priority', 'urgent');
  await shot(page, '2-bulk-priority');
  await toast.getByRole('button', { name: 'Undo' }).click();
  for (const { id, priority } of picked) await expect(rowOf(page, id)).toHaveAttribute('data-priority', priority ?? '');
  await expect(page.getByText(/^Undone on \d tickets?$/)).toBeVisible();
  await shot(page, '3-undone');
  await page.keyboard.press('Escape');

  // Online again: the outbox drains and the hub kept the view.
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await settleSync(page);
  await expect(page.getByTestId('unsent-count')).toHaveCount(0);
  await expect(link).toBeVisible();
  for (const { id, priority } of picked) await expect(rowOf(page, id)).toHaveAttribute('data-priority', priority ?? '');
  // Tidy up for the specs after this one.
  await link.getByRole('button', { name: 'Delete view Open tickets (e2e)' }).click();
  await expect(link).toHaveCount(0);
});

test('bulk tag two tickets and undo it; bulk move one ticket to Customs & Compliance with a note', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByTestId('section-inbox').click();
  await nav(page).getByText('All tickets', { exact: true }).click();
  await expect(rows(page).nth(9)).toBeVisible();
  // Rows further down the list: the specs after this one work on the newest tickets.
  const picked = await rows(page).evaluateAll((els) => els.slice(6, 8).map((e) => e.getAttribute('data-ticket-id') ?? ''));
  for (const id of picked) await rowOf(page, id).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('2 selected');
  await page.getByRole('button', { name: 'Bulk tag' }).click();
  await page.getByTestId('bulk-tag-input').fill('claim, damaged');
  await expect(page.getByText('a tag cannot contain a comma')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add tag' })).toBeDisabled();
  await page.getByTestId('bulk-tag-input').fill('e2e-bulk');
  await page.getByRole('button', { name: 'Add tag' }).click();
  const toast = page.getByTestId('bulk-toast').filter({ hasText: 'Tagged “e2e-bulk”' });
  await expect(toast).toContainText('on 2 tickets');
  for (const id of picked) await expect(rowOf(page, id).getByTestId('row-tag').filter({ hasText: 'e2e-bulk' })).toBeVisible();
  await shot(page, '6-bulk-tag');
  await toast.getByRole('button', { name: 'Undo' }).click();
  for (const id of picked) await expect(rowOf(page, id).getByTestId('row-tag').filter({ hasText: 'e2e-bulk' })).toHaveCount(0);

  // Move the first of them: it leaves Priya's team queue once the hub confirms.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  await rowOf(page, picked[0]!).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('1 selected');
  await page.getByRole('button', { name: 'Bulk move to team' }).click();
  await page.getByTestId('bulk-move-team').click();
  await page.getByRole('option', { name: 'Customs & Compliance' }).click();
  await page.getByRole('textbox', { name: 'Note for the team' }).fill('Import paperwork questions (bulk e2e)');
  await shot(page, '7-bulk-move');
  await page.getByRole('button', { name: 'Move 1 ticket' }).click();
  await expect(page.getByTestId('bulk-toast').filter({ hasText: 'Moved to Customs & Compliance on 1 ticket' })).toBeVisible();
  await settleSync(page);
  await expect(rowOf(page, picked[0]!)).toHaveCount(0);
  await expect(rowOf(page, picked[1]!)).toBeVisible();
});

test('search finds a tracking number inside a message and opens its ticket', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByTestId('section-inbox').click();
  await nav(page).getByText('All tickets', { exact: true }).click();
  await page.keyboard.press('/');
  // Only the customer's message carries this number, not the ticket's subject.
  await page.getByRole('textbox', { name: 'Search tickets' }).fill('RLY48350021');
  const hit = page.getByTestId('message-hit').first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('RLY48350021');
  await expect(hit).toContainText('Damaged box: ceramic vase arrived broken');
  await shot(page, '4-message-search');
  await hit.click();
  await expect(page.getByTestId('ticket-view').getByTestId('ticket-subject')).toHaveText('Damaged box: ceramic vase arrived broken');
  await page.getByRole('button', { name: 'Clear search' }).click();

  // The palette shows the same message, highlighted, and opens its ticket.
  await page.getByTestId('ticket-list').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+K');
  await page.getByTestId('palette-search').fill('RLY48350021');
  const paletteHit = page.getByTestId('palette-message-hit').first();
  await expect(paletteHit.locator('mark')).toHaveText('RLY48350021');
  await shot(page, '5-palette-message');
  await paletteHit.click();
  await expect(page.getByTestId('ticket-view').getByTestId('ticket-subject')).toHaveText('Damaged box: ceramic vase arrived broken');
});
