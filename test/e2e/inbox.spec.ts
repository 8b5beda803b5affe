import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

const agent = demoAgents.priya;
const htmlSubject = 'Your parcel RLY48213370: delivery update?';
const keptSubject = 'Parcel stuck in transit for 6 days (RLY48213370)';

test.describe.configure({ mode: 'serial' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Inbox views' });
const total = (page: Page) => page.getByTestId('list-total');
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/inbox-${name}.png`, animations: 'disabled' });

/** The count badge beside a navbar entry. */
async function navCount(page: Page, label: string): Promise<number> {
  const text = await nav(page).getByRole('link', { name: label }).or(nav(page).locator('a, button').filter({ hasText: label })).first().getByTestId('view-count').textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

async function listTotal(page: Page): Promise<number> {
  return Number(((await total(page).textContent()) ?? '').replace(/[^\d]/g, ''));
}

async function openBySearch(page: Page, text: string, subject: string) {
  await page.keyboard.press('/');
  await page.getByRole('textbox', { name: 'Search tickets' }).fill(text);
  await page.getByTestId('ticket-row').filter({ hasText: subject }).first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toHaveText(subject);
  return view;
}

test('views and groups carry counts that match their lists; filters, sort and "/" search narrow the list', async ({ page }) => {
  await signInAs(page, agent);
  await page.getByTestId('section-inbox').click();
  await expect(nav(page).getByTestId('view-count').first()).toBeVisible();
  await expect(total(page)).toBeVisible();
  await expect.poll(() => listTotal(page)).toBe(await navCount(page, 'All tickets'));
  await shot(page, '1-views');

  for (const label of ['Unassigned', 'Mine', 'My team', 'SLA breached']) {
    await nav(page).getByText(label, { exact: true }).click();
    await expect.poll(async () => (await listTotal(page)) === (await navCount(page, label)), { message: label }).toBe(true);
  }
  // By status: every row shown has that status.
  await nav(page).getByText('New', { exact: true }).click();
  await expect.poll(() => listTotal(page)).toBe(await navCount(page, 'New'));
  const rows = page.getByTestId('ticket-row');
  await expect(rows.first()).toBeVisible();
  expect(new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))).toEqual(new Set(['new']));

  // Filter bar: status filter on All tickets, then '/' search by tracking number.
  await nav(page).getByText('All tickets', { exact: true }).click();
  await page.getByRole('button', { name: 'Status filter' }).click();
  await page.getByRole('menuitem', { name: 'Open', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect.poll(async () => new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))).toEqual(new Set(['open']));
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByTestId('ticket-list').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  const search = page.getByRole('textbox', { name: 'Search tickets' });
  await expect(search).toBeFocused();
  await search.fill('RLY48213370');
  await expect(rows.filter({ hasText: keptSubject })).toHaveCount(1);
  await expect(rows.filter({ hasText: htmlSubject })).toHaveCount(1);
  await expect.poll(() => listTotal(page)).toBeLessThan(await navCount(page, 'All tickets'));
  await page.getByRole('button', { name: 'Sort: Newest' }).click();
  await page.getByRole('menuitem', { name: /^Priority/ }).click();
  await expect(rows.first()).toContainText(keptSubject); // high priority before normal
  await shot(page, '2-search-and-sort');
  await page.getByRole('button', { name: 'Clear search' }).click();
});

test('an HTML email is sanitised and its remote images load only on consent', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openBySearch(page, 'delivery update', htmlSubject);
  const frame = page.frameLocator('[data-testid="email-frame"]');
  await expect(frame.getByText('I am writing about parcel')).toBeVisible();
  await expect(frame.locator('script')).toHaveCount(0);
  await expect(frame.locator('[onerror]')).toHaveCount(0);
  await expect(frame.locator('img[src]')).toHaveCount(0);
  await expect(frame.locator('img[data-blocked-src]')).toHaveCount(2);
  await expect(view.getByTestId('remote-blocked')).toContainText('2 remote images blocked');
  await shot(page, '3-html-email-blocked');

  await view.getByRole('button', { name: 'Load remote content' }).click();
  await expect(frame.locator('img[src="https://cdn.mail.example/brand/logo.png"]')).toHaveCount(1);
  await expect(view.getByTestId('remote-blocked')).toHaveCount(0);
  // The plain-text part stays one click away.
  await view.getByRole('button', { name: 'Show plain text' }).click();
  await expect(view.getByTestId('message-body').first()).toContainText('Hello again');
});

test('change priority, link a shipment, and merge the duplicate into the customer’s other ticket', async ({ page }) => {
  await signInAs(page, agent);
  const view = await openBySearch(page, 'delivery update', htmlSubject);

  await view.getByTestId('priority-menu').click();
  await page.getByRole('menuitem', { name: 'Urgent' }).click();
  await expect(view.getByTestId('priority-menu')).toContainText('Urgent');

  const shipment = view.getByRole('combobox', { name: 'Linked shipment' });
  await shipment.click();
  const option = page.getByRole('option').first();
  const label = (await option.textContent()) ?? '';
  await option.click();
  await expect(shipment).toHaveValue(label);
  await shot(page, '4-ticket-linked');

  await view.getByRole('button', { name: 'Merge' }).click();
  const modal = page.getByRole('dialog');
  await modal.getByTestId('merge-target').filter({ hasText: keptSubject }).click();
  await shot(page, '5-merge-modal');
  await modal.getByRole('button', { name: /^Merge into #/ }).click();
  await expect(view.getByTestId('merged-into')).toContainText(keptSubject);
  await expect(view.getByRole('combobox', { name: 'Status' })).toHaveValue('Closed');

  // The kept ticket's thread now holds the duplicate's email, marked with where it came from.
  await view.getByTestId('merged-into').getByRole('button').click();
  await expect(view.getByTestId('ticket-subject')).toHaveText(keptSubject);
  await expect(view.getByTestId('merged-message').first()).toBeVisible();
  await expect(view.getByTestId('merged-from')).toBeVisible();
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await shot(page, '6-merged-thread');
});

test('keyboard: j/Enter open, a assigns, n goes to the internal note, e solves', async ({ page }) => {
  await signInAs(page, agent);
  await page.getByTestId('section-inbox').click();
  await nav(page).getByText('Unassigned', { exact: true }).click();
  await nav(page).getByText('Unassigned', { exact: true }).blur();
  const first = page.locator('[data-testid="ticket-row"]:is([data-status="new"], [data-status="open"])').first();
  await expect(first).toBeVisible();
  // Walk down to the first new/open row with j, then open it.
  const rows = page.getByTestId('ticket-row');
  const index = await rows.evaluateAll((els, id) => els.findIndex((e) => e.getAttribute('data-ticket-id') === id), await first.getAttribute('data-ticket-id'));
  for (let i = 0; i <= index; i++) await page.keyboard.press('j');
  await expect(rows.nth(index)).toHaveAttribute('data-cursor', 'true');
  await page.keyboard.press('Enter');
  const view = page.getByTestId('ticket-view');
  await expect(rows.nth(index)).toHaveAttribute('aria-current', 'true');
  const subject = (await view.getByTestId('ticket-subject').textContent()) ?? '';

  await page.keyboard.press('a');
  const picker = page.getByTestId('assignee-picker');
  await expect(picker).toBeVisible();
  await picker.getByRole('textbox', { name: 'Find an agent' }).fill('priya');
  await picker.getByText(`${agent.name} (you)`).click();
  await expect(view.getByTestId('ticket-assignee')).toHaveText(`${agent.name} (you)`);

  await page.keyboard.press('n');
  await expect(view.getByRole('textbox', { name: 'Internal note' })).toBeFocused();
  await page.keyboard.press('Escape');
  await view.getByTestId('ticket-subject').click();

  await page.keyboard.press('e');
  await expect(view.getByRole('button', { name: 'Mark solved' })).toHaveCount(0);
  await expect(view.getByRole('combobox', { name: 'Status' })).toHaveValue('Solved');
  // "Mine" is my active tickets: assigned to me, then solved, it has left the view.
  await nav(page).getByText('Mine', { exact: true }).click();
  await expect(page.getByTestId('ticket-row').filter({ hasText: subject })).toHaveCount(0);
  await shot(page, '7-keyboard-solved');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.getByTestId('ticket-row').first().click();
  await shot(page, '8-dark');
  await nav(page).getByText('SLA breached', { exact: true }).click();
  await shot(page, '9-dark-sla-breached');
});
