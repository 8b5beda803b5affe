import { expect, test, type Page } from '@playwright/test';
import { e2eHubPort, e2eToken } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { activeRows, demoAgents, ensureSignedOut, signInAs, submitSignIn } from './session';

const agent = demoAgents.priya;

test.describe.configure({ mode: 'serial' });

/** Tickets an agent can still answer and solve (the seed also holds solved and closed ones). */
async function signIn(page: Page, password: string): Promise<void> {
  await submitSignIn(page, agent, password);
}

test('a wrong password shows a clear error and keeps the agent on the sign-in screen', async ({ page }) => {
  await ensureSignedOut(page);
  const form = page.getByRole('form', { name: 'Sign in' });
  await expect(form).toBeVisible();
  // The secret leaves the address bar as soon as the page has it.
  expect(page.url()).not.toContain(e2eToken);
  await page.screenshot({ path: 'test-results/spine-1-sign-in.png', animations: 'disabled' });

  await signIn(page, 'not-the-password');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not sign in' });
  await expect(alert).toContainText('Wrong email or password.');
  await expect(form.getByRole('button', { name: 'Sign in' })).not.toHaveAttribute('data-loading');
  await expect(form).toBeVisible();
  // The password is cleared and focused for the next try; the email stays.
  await expect(form.getByRole('textbox', { name: 'Password', exact: true })).toBeFocused();
  await expect(form.getByRole('textbox', { name: 'Password', exact: true })).toHaveValue('');
  await expect(form.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(agent.email);
  await page.screenshot({ path: 'test-results/spine-2-wrong-password.png', animations: 'disabled' });
});

test('sign in, open a ticket, reply, and see the reply confirmed by the hub', async ({ page }) => {
  await ensureSignedOut(page);
  await signIn(page, agent.password);

  await expect(page.getByTestId('signed-in-agent')).toHaveText(agent.name);
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });
  const rows = page.getByTestId('ticket-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText('Select a ticket')).toBeVisible();
  await page.screenshot({ path: 'test-results/spine-3-inbox.png', animations: 'disabled' });

  // An unassigned, open ticket: the agent will answer it, take it and solve it.
  const views = page.getByRole('navigation', { name: 'Inbox views' });
  await views.getByText('Unassigned', { exact: true }).click();
  await activeRows(page).first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toBeVisible();
  const before = await view.getByTestId('message').count();

  const body = `Hi, your parcel is back on track; new ETA tomorrow. (e2e ${Date.now()})`;
  const replyBox = view.getByRole('textbox', { name: 'Reply' });
  await replyBox.fill(body);
  await replyBox.press('Control+Enter');

  const sent = view.getByTestId('message').filter({ hasText: body });
  await expect(sent).toHaveCount(1);
  await expect(sent).toHaveAttribute('data-direction', 'outbound');
  await expect(view.getByTestId('message')).toHaveCount(before + 1);
  await expect(replyBox).toHaveValue('');
  // Once the hub has applied it and the replica caught up, the pending marker goes.
  await expect(sent).toHaveAttribute('data-pending', 'false', { timeout: 30_000 });
  await expect(sent.getByTestId('pending-marker')).toHaveCount(0);
  await expect(page.getByTestId('unsent-count')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/spine-4-ticket-after-reply.png', animations: 'disabled' });

  // Status and assignee changes go through the same outbox.
  await view.getByRole('button', { name: 'Assign to me' }).click();
  await expect(view.getByTestId('ticket-assignee')).toHaveText(`${agent.name} (you)`);
  const subject = (await view.getByTestId('ticket-subject').textContent()) ?? '';
  await views.getByText('Mine', { exact: true }).click();
  await expect(page.getByTestId('ticket-row').filter({ hasText: subject })).toHaveCount(1);
  await view.getByRole('button', { name: 'Mark solved' }).click();
  await expect(view.getByRole('button', { name: 'Mark solved' })).toHaveCount(0);
  // "Mine" is my active tickets: the solved one leaves it.
  await expect(page.getByTestId('ticket-row').filter({ hasText: subject })).toHaveCount(0);
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await views.getByText('All tickets', { exact: true }).click();
});

test('working offline keeps a note pending until the agent goes back online', async ({ page }) => {
  await signInAs(page, agent);
  // Keyboard: j moves to the first ticket, Enter opens it, r jumps to the reply box.
  await expect(page.getByTestId('ticket-row').first()).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const view = page.getByTestId('ticket-view');
  await expect(page.getByTestId('ticket-row').first()).toHaveAttribute('aria-current', 'true');
  await expect(view.getByRole('textbox', { name: 'Reply' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(view.getByRole('textbox', { name: 'Reply' })).toBeFocused();

  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');

  await view.getByTestId('reply-composer').getByText('Internal note', { exact: true }).click();
  const body = `Customer called; keep the parcel at the depot. (e2e ${Date.now()})`;
  const noteBox = view.getByRole('textbox', { name: 'Internal note' });
  await noteBox.fill(body);
  await view.getByRole('button', { name: 'Add note' }).click();

  const note = view.getByTestId('message').filter({ hasText: body });
  await expect(note).toHaveAttribute('data-direction', 'note');
  await expect(note).toHaveAttribute('data-pending', 'true');
  await expect(note.getByTestId('pending-marker')).toContainText('Sending…');
  await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');
  await page.screenshot({ path: 'test-results/spine-5-offline-note-pending.png', animations: 'disabled' });

  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });
  await expect(note).toHaveAttribute('data-pending', 'false', { timeout: 30_000 });
  await expect(page.getByTestId('unsent-count')).toHaveCount(0);
});

test('a reply the hub refuses is reported with the reason and can be dismissed', async ({ page }) => {
  await signInAs(page, agent);
  const row = activeRows(page).first();
  const ticketId = await row.getAttribute('data-ticket-id');
  expect(ticketId).toBeTruthy();
  await row.click();
  const view = page.getByTestId('ticket-view');

  // Priya answers offline while a lead closes the same ticket on the hub.
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  const body = `Answer written offline (e2e ${Date.now()})`;
  await view.getByRole('textbox', { name: 'Reply' }).fill(body);
  await view.getByRole('button', { name: 'Send reply' }).click();
  await expect(view.getByTestId('message').filter({ hasText: body })).toHaveAttribute('data-pending', 'true');

  const lead = await hubAsAgent(`http://127.0.0.1:${e2eHubPort}`, 'maya@relay.example', 'demo-maya');
  expect((await lead.mutate('ticket.update', { id: ticketId, status: 'closed' })).status).toBe('applied');

  await page.getByRole('switch', { name: 'Work offline' }).click();
  const failures = page.getByTestId('failed-changes');
  await expect(failures).toHaveText('1 not accepted', { timeout: 30_000 });
  await expect(page.getByText('is closed; open a follow-up instead.').first()).toBeVisible();
  // The refused reply is rolled back; the thread shows the hub's truth.
  await expect(view.getByTestId('message').filter({ hasText: body })).toHaveCount(0);
  await expect(page.getByTestId('unsent-count')).toHaveCount(0);
  await expect(page.getByTestId('sync-label')).toHaveText('Online');

  await failures.click();
  await page.screenshot({ path: 'test-results/spine-6-refused-change.png', animations: 'disabled' });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(failures).toHaveCount(0);
});
