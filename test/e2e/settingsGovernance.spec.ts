import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../src/core';
import { e2eHubPort } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const hubUrl = `http://127.0.0.1:${e2eHubPort}`;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settings-governance-${name}.png`, animations: 'disabled', fullPage: true });
const run = Math.random().toString(36).slice(2, 7);
// A customer of this spec's own (specs share one hub): erasing a seeded one would change other specs' data.
const customer = { id: uuidv7(), name: `Wren Calloway ${run}`, email: `wren-${run}@calloway.example` };
const phrase = `The marmalade shipment ${run} leaked onto the dock`;

test('an admin erases a customer from Settings → Data governance: the 360 shows "Erased customer" and the thread text is gone', async ({ page }) => {
  test.setTimeout(120_000);
  const maya = await hubAsAgent(hubUrl, demoAgents.maya.email, demoAgents.maya.password);
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoAgents.priya) });
  const priya = ((await login.json()) as { agent: { id: string; teamId: string } }).agent;
  await maya.mutate('ticket.create', {
    id: uuidv7(),
    subject: `Leaking jars ${run}`,
    customerId: customer.id,
    newCustomer: { id: customer.id, name: customer.name, email: customer.email, phone: null, kind: 'b2c' },
    teamId: priya.teamId,
    assigneeId: null,
    channel: 'email',
    firstMessage: { id: uuidv7(), direction: 'inbound', body: phrase },
  });

  await signInAs(page, demoAgents.maya);
  await page.goto(`/#/customers/${customer.id}`);
  const view = page.getByTestId('customer-360');
  await expect(view.getByTestId('customer-name')).toHaveText(customer.name, { timeout: 30_000 });

  await page.getByTestId('section-settings').click();
  await page.getByTestId('settings-page-governance').click();
  const governance = page.getByTestId('settings-governance');
  await expect(governance).toBeVisible();
  await governance.getByTestId('governance-customer').click();
  await governance.getByTestId('governance-customer').fill(customer.name);
  await page.getByRole('option', { name: new RegExp(customer.name) }).click();
  await shot(page, '1-page');
  // The page and the erase dialog pass axe (no critical or serious violation).
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  expect(await serious()).toEqual([]);

  // Export first (an access request): the download is the JSON with the customer's records.
  const [download] = await Promise.all([page.waitForEvent('download'), governance.getByTestId('governance-export').click()]);
  expect(download.suggestedFilename()).toBe(`customer-${customer.id}.json`);

  await governance.getByTestId('governance-erase').click();
  const modal = page.getByRole('dialog', { name: `Erase ${customer.name}` });
  const confirm = modal.getByTestId('governance-erase-confirm');
  await expect(confirm).toBeDisabled();
  await modal.getByTestId('governance-erase-confirm-name').fill('Someone else');
  await expect(confirm).toBeDisabled();
  await modal.getByTestId('governance-erase-confirm-name').fill(customer.name);
  await shot(page, '2-confirm');
  expect(await serious()).toEqual([]);
  await confirm.click();
  await expect(modal).toBeHidden();
  const runs = governance.getByTestId('governance-run');
  await expect(runs.first()).toContainText('Erasure');
  await expect(runs.first()).toContainText('1 messages');
  await expect(governance.getByTestId('governance-runs')).toContainText('Export');
  await shot(page, '3-run-log');

  // The replica has the anonymised rows: the 360 names no one, the thread holds no words of theirs.
  await page.goto(`/#/customers/${customer.id}`);
  await expect(view.getByTestId('customer-name')).toHaveText('Erased customer', { timeout: 30_000 });
  await expect(page.getByText(customer.email)).toHaveCount(0);
  await shot(page, '4-erased-360');
  await page.keyboard.press('Control+K');
  await page.getByTestId('palette-search').fill(`marmalade shipment ${run}`);
  await expect(page.locator('[data-testid="palette-hit"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
});

test('a lead has no Data governance page', async ({ page }) => {
  await signInAs(page, demoAgents.daniel);
  await page.getByTestId('section-settings').click();
  await expect(page.getByTestId('settings-page-audit')).toBeVisible();
  await expect(page.getByTestId('settings-page-governance')).toHaveCount(0);
});
