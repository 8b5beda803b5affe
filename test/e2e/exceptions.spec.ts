import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { e2eHubPort, e2ePort } from './e2eEnv';
import { demoAgents, signInAs, submitSignIn } from './session';

test.describe.configure({ mode: 'serial' });

/**
 * Browser mode runs one desktop core per launcher, so the second user gets a second launcher
 * process (own replica, own bridge port) on the first launcher's embedded hub.
 */
const secondPort = Number(process.env['RELAY_E2E_SECOND_PORT'] || e2ePort + 10);
const secondToken = 'e2e1'.repeat(16);
let second: ChildProcess | null = null;
let secondDir = '';
let lead: Page;
let agent: Page;

async function startSecondLauncher(): Promise<void> {
  secondDir = mkdtempSync(join(tmpdir(), 'relay-e2e-second-'));
  second = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/launcher/browserMain.ts'], {
    env: {
      ...process.env,
      RELAY_DATA_DIR: secondDir,
      RELAY_PORT: String(secondPort),
      RELAY_BRIDGE_TOKEN: secondToken,
      RELAY_HUB_URL: `http://127.0.0.1:${e2eHubPort}`,
    },
    // Its own process group, so stopping it also stops the Node child tsx starts.
    detached: true,
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${secondPort}/`).then((r) => r.ok, () => false);
    if (up) return;
    if (Date.now() > deadline) throw new Error('the second launcher did not start within 90 s');
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function openSecondApp(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${secondPort}/#token=${secondToken}`);
  return page;
}

async function openQueue(page: Page): Promise<void> {
  await page.getByTestId('section-exceptions').click();
  await expect(page.getByTestId('exception-row').first()).toBeVisible({ timeout: 30_000 });
}

test.beforeAll(async ({ browser }) => {
  await startSecondLauncher();
  agent = await openSecondApp(browser);
});

test.afterAll(async () => {
  await agent?.context().close();
  if (second?.pid) {
    try {
      process.kill(-second.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (secondDir) rmSync(secondDir, { recursive: true, force: true });
});

test('acknowledge and resolve an exception and see it leave the queue live in a second page signed in as another user', async ({ page }) => {
  test.setTimeout(180_000);
  lead = page;
  // Page 1: Maya (admin, sees every team). Page 2: Priya (agent, Parcel Support), on the same hub.
  await signInAs(lead, demoAgents.maya);
  await submitSignIn(agent, demoAgents.priya);
  await expect(agent.getByTestId('signed-in-agent')).toHaveText(demoAgents.priya.name, { timeout: 60_000 });
  await expect(agent.getByTestId('sync-label')).toHaveText('Online', { timeout: 60_000 });

  await openQueue(lead);
  await openQueue(agent);
  await lead.screenshot({ path: 'test-results/exceptions-1-lead-queue.png', animations: 'disabled' });

  // An open exception Priya can see is in Parcel's queue, which Maya (admin) sees too.
  const target = agent.locator('[data-testid="exception-row"][data-status="open"]').first();
  const id = await target.getAttribute('data-id');
  expect(id).toBeTruthy();
  const agentRow = agent.locator(`[data-testid="exception-row"][data-id="${id}"]`);
  const leadRow = lead.locator(`[data-testid="exception-row"][data-id="${id}"]`);

  await leadRow.click();
  const detail = lead.getByTestId('exception-detail');
  await expect(detail.getByTestId('exception-title')).toBeVisible();
  await expect(detail.getByTestId('exception-scans').or(detail.getByText('No scans yet.'))).toBeVisible();
  await lead.screenshot({ path: 'test-results/exceptions-2-detail.png', animations: 'disabled' });

  await detail.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(leadRow).toHaveAttribute('data-status', 'acknowledged');
  // Live on the other desktop, no reload.
  await expect(agentRow).toHaveAttribute('data-status', 'acknowledged', { timeout: 30_000 });

  // Resolving needs a note: the form says so instead of sending.
  await detail.getByRole('button', { name: 'Resolve…' }).click();
  await detail.getByRole('button', { name: 'Resolve exception' }).click();
  await expect(detail.getByText('Write what was done')).toBeVisible();
  await lead.screenshot({ path: 'test-results/exceptions-3-resolve-needs-note.png', animations: 'disabled' });
  await detail.getByRole('textbox', { name: 'Resolution note' }).fill('Carrier rebooked delivery for Monday; customer told by phone.');
  await detail.getByRole('button', { name: 'Resolve exception' }).click();

  await expect(detail.getByTestId('exception-resolution')).toContainText('Carrier rebooked delivery for Monday');
  await expect(leadRow).toHaveCount(0);
  await expect(agentRow).toHaveCount(0, { timeout: 30_000 });
  await lead.screenshot({ path: 'test-results/exceptions-4-resolved.png', animations: 'disabled' });
  await agent.screenshot({ path: 'test-results/exceptions-5-agent-queue-after.png', animations: 'disabled' });
});

test('notify customers: a preview per customer, a past ETA blocks until that text is edited, only the reviewed text is sent', async ({ page }) => {
  test.setTimeout(90_000);
  lead = page;
  await signInAs(lead, demoAgents.maya);
  await openQueue(lead);
  const rows = lead.getByTestId('exception-row');
  for (const i of [0, 1, 2, 3]) await rows.nth(i).getByRole('checkbox').check();
  const bulk = lead.getByTestId('bulk-bar');
  await expect(bulk).toContainText('4 selected');
  await bulk.getByRole('button', { name: 'Notify customers…' }).click();
  const modal = lead.getByRole('dialog');
  await modal.getByRole('combobox', { name: 'Macro' }).fill('Shipment delayed');
  await lead.getByRole('option', { name: /Shipment delayed/ }).click();

  // Every placeholder is filled per customer; the seeded ETAs have passed, so sending is blocked.
  const cards = modal.getByTestId('notice-recipient');
  await expect(cards.first()).toBeVisible();
  await expect(cards.filter({ has: lead.locator('[data-code="past_eta"]') }).first()).toBeVisible();
  // A fixed card (the filter would move on to the next late one once this one is edited).
  const pastEta = await cards.evaluateAll((els) => els.map((el) => el.querySelector('[data-code="past_eta"]') !== null));
  const late = cards.nth(pastEta.indexOf(true));
  await expect(late).toHaveAttribute('data-blocked', 'true');
  await expect(late.getByRole('textbox')).toHaveValue(/Hi .+,\n\nYour shipment \S+ is running late\. The carrier now expects to deliver it on (\d{1,2} \w+|\w+ \d{1,2},) \d{4}\./);
  await expect(late.getByRole('textbox')).not.toHaveValue(/\{\{/);
  await expect(modal.getByTestId('notice-blocked')).toBeVisible();
  const sendButton = modal.getByRole('button', { name: /Send to/ });
  await expect(sendButton).toBeDisabled();
  await lead.screenshot({ path: 'test-results/exceptions-6-notify-preview.png', animations: 'disabled' });

  // Edit that one customer's text; leave the others out.
  const name = (await late.locator('p').first().textContent()) ?? '';
  const edited = `Hi ${name}, the carrier has not given us a new date yet; we are chasing them and will write again tomorrow.`;
  await late.getByRole('textbox').fill(edited);
  await expect(late.locator('[data-code="past_eta"]')).toHaveCount(0);
  await expect(late).toHaveAttribute('data-blocked', 'false');
  const others = cards.filter({ hasNot: lead.getByText(name, { exact: true }) });
  for (const box of await others.getByRole('checkbox', { name: 'Send to this customer' }).all()) {
    if (await box.isEnabled()) await box.uncheck();
  }
  await expect(modal.getByTestId('notice-blocked')).toHaveCount(0);
  await expect(sendButton).toHaveText('Send to the customer');
  await sendButton.click();

  const results = modal.getByTestId('notify-results');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText(`${name} — message queued on the ticket`);
  await lead.screenshot({ path: 'test-results/exceptions-7-notify-results.png', animations: 'disabled' });
  await modal.getByRole('button', { name: 'Done' }).click();
  await expect(bulk).toHaveCount(0);
});

test('create a ticket from an exception: the new ticket opens, named after the exception and its shipment', async ({ page }) => {
  test.setTimeout(90_000);
  lead = page;
  await signInAs(lead, demoAgents.maya);
  await openQueue(lead);
  const detail = lead.getByTestId('exception-detail');
  const title = detail.getByTestId('exception-title');
  const create = detail.getByRole('button', { name: 'Create ticket' });
  const rows = lead.getByTestId('exception-row');
  let shown = '';
  // The first exception in the queue without an open ticket (the notify test linked some).
  for (let i = 0; i < Math.min(await rows.count(), 30) && !shown; i++) {
    const row = rows.nth(i);
    await row.click();
    // The panel shows this row's exception (its tracking number is in the row) before it is judged.
    await expect.poll(async () => (await row.textContent())?.includes(((await title.textContent()) ?? '').split(' · ')[1] ?? '\u0000')).toBe(true);
    if (await create.isVisible()) shown = (await title.textContent()) ?? '';
  }
  expect(shown).toContain(' · ');
  const [label, tracking] = shown.split(' · ') as [string, string];
  await create.click();
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(lead.getByTestId('ticket-subject')).toHaveText(new RegExp(`^${escape(label)} — .+ ${escape(tracking)}$`));
  await lead.screenshot({ path: 'test-results/exceptions-8-ticket-created.png', animations: 'disabled' });
});
