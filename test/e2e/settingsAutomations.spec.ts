import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../src/core';
import { webhookClient } from '../fixtures/ingest/webhookClient';
import { e2eHubPort, e2eWebhookSecret } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { openTicketBySearch } from './openTicketBySearch';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const hubUrl = `http://127.0.0.1:${e2eHubPort}`;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settingsAutomations/${name}.png`, animations: 'disabled' });
/** Critical or serious axe findings on the screen as it is now (the accessibility spec does not visit Settings); the app-wide toasts are not this page's. */
async function axeFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).exclude('.mantine-Notifications-root').analyze();
  return result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
const ruleName = `E2E pallets to freight ${Date.now().toString(36)}`;

/** The spec's rules, removed through the hub as the admin: specs share one hub. */
test.afterAll(async () => {
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demoAgents.maya.email, password: demoAgents.maya.password }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${hubUrl}/api/v1/admin/automations`, { headers: { authorization: `Bearer ${token}` } });
  const { automations } = (await res.json()) as { automations: { id: string; name: string }[] };
  const maya = await hubAsAgent(hubUrl, demoAgents.maya.email, demoAgents.maya.password);
  for (const rule of automations.filter((a) => a.name === ruleName)) await maya.mutate('automation.save', { id: rule.id, row: null });
});

const email = (subject: string, body: string): string =>
  [`From: Ola Berg <ola.berg@fjord-freight.example>`, 'To: support@relay.example', `Subject: ${subject}`, `Message-ID: <${uuidv7()}@fjord-freight.example>`, `Date: ${new Date().toUTCString()}`, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');

test('a lead writes a ticket rule, dry-runs it on recent tickets, saves it, and a new email ticket gets its tag', async ({ page }) => {
  await signInAs(page, demoAgents.daniel);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-automations').click();
  const settings = page.getByTestId('settings-automations');
  await expect(settings.getByRole('tab', { name: 'Ticket rules' })).toBeVisible();
  await shot(page, '1-rules-list');

  await settings.getByTestId('new-rule').click();
  const editor = page.getByTestId('ticket-rule-editor');
  // Saving an empty rule says what is missing, in words.
  await editor.getByTestId('rule-save').click();
  await expect(editor.getByTestId('rule-problems')).toContainText('Name: give the rule a name');
  await editor.getByTestId('rule-name').fill(ruleName);
  await editor.getByTestId('add-condition').click();
  await editor.getByLabel('Condition 1: what to test').click();
  await page.getByRole('option', { name: 'Subject', exact: true }).click();
  await editor.getByLabel('Condition 1: values').fill('pallet');
  await editor.getByLabel('Condition 1: values').press('Enter');
  await editor.getByLabel('Action 1: tag').fill('e2e-auto');
  await editor.getByTestId('add-action').click();
  await editor.getByLabel('Action 2: what to do').click();
  await page.getByRole('option', { name: 'Move to team' }).click();
  await editor.getByLabel('Action 2: team').click();
  await page.getByRole('option', { name: 'Freight Desk' }).click();

  await editor.getByTestId('rule-dry-run').click();
  const dryRun = editor.getByTestId('dry-run');
  await expect(dryRun.getByTestId('dry-run-summary')).toContainText(/Would have matched [1-9]\d* of the \d+ most recent tickets/);
  await expect(dryRun.getByTestId('dry-run-match').first()).toContainText(/pallet/i);
  await expect(dryRun.getByTestId('dry-run-match').first()).toContainText('Add tag “e2e-auto”');
  await shot(page, '2-dry-run');
  expect(await axeFindings(page)).toEqual([]);

  await editor.getByTestId('rule-save').click();
  await expect(editor).toBeHidden();
  const row = settings.locator(`[data-testid="rule-row"][data-rule-name="${ruleName}"]`);
  await expect(row).toContainText('Add tag “e2e-auto” · Move to team Freight Desk');
  await expect(row.getByRole('switch', { name: `${ruleName} on` })).toBeChecked();
  await shot(page, '3-rule-saved');
  expect(await axeFindings(page)).toEqual([]);

  // A new email about a pallet, once the rule has reached the hub.
  await expect(page.getByTestId('unsent-count')).toHaveCount(0);
  const subject = `Pallet ${Date.now().toString(36)} arrived wet`;
  await webhookClient(hubUrl, e2eWebhookSecret).deliver('email', email(subject, 'Hello, the pallet arrived wet and two cartons are soaked.'), { contentType: 'message/rfc822' });
  const view = await openTicketBySearch(page, subject, subject);
  await expect(view.getByText('e2e-auto')).toBeVisible({ timeout: 20_000 });
  await shot(page, '4-ticket-tagged');

  // The second tab: the customer notifications, switched from here.
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-automations').click();
  await settings.getByRole('tab', { name: 'Customer notifications' }).click();
  const notice = settings.getByTestId('notification-row').first();
  await expect(notice).toBeVisible();
  await shot(page, '5-notifications');
  expect(await axeFindings(page)).toEqual([]);
  // Off and on again (a shared hub): each is a queued automation.save the hub accepts from a lead.
  const toggle = notice.getByRole('switch');
  const wasOn = await toggle.isChecked();
  await toggle.click({ force: true });
  await expect(toggle).toBeChecked({ checked: !wasOn });
  await toggle.click({ force: true });
  await expect(toggle).toBeChecked({ checked: wasOn });
  await notice.getByRole('button', { name: /^Edit notification/ }).click();
  const noticeEditor = page.getByTestId('notification-editor');
  await expect(noticeEditor.getByLabel('Message (macro)')).toBeVisible();
  await shot(page, '6-notification-editor');
  await noticeEditor.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('unsent-count')).toHaveCount(0);
});
