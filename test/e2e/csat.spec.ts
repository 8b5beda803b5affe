import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../src/core';
import { e2eHubPort } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const hubUrl = `http://127.0.0.1:${e2eHubPort}`;
const subject = `Two cartons crushed on arrival (${Math.random().toString(36).slice(2, 7)})`;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/csat-${name}.png`, animations: 'disabled', fullPage: true });

async function login(email: string, password: string) {
  const res = await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status).toBe(200);
  return (await res.json()) as { token: string; agent: { id: string; teamId: string } };
}

const automationIds: string[] = [];
let adminToken = '';

test.beforeAll(async () => {
  adminToken = (await login(demoAgents.maya.email, demoAgents.maya.password)).token;
  // Surveys at once (no delay, no cooldown) so the journey does not wait a day.
  for (const [trigger, config] of [['csat.survey', { delayHours: 0, cooldownDays: 0 }], ['csat.low_score', { threshold: 2 }]] as const) {
    const res = await fetch(`${hubUrl}/api/v1/admin/automations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ name: `e2e ${trigger}`, trigger, enabled: true, config }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    automationIds.push(((await res.json()) as { row: { id: string } }).row.id);
  }
});

// Specs share one hub: leave no survey setting behind to add messages to their solved tickets.
test.afterAll(async () => {
  for (const id of automationIds) await fetch(`${hubUrl}/api/v1/admin/automations/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${adminToken}` } });
});

test('solve → the customer rates on the public page in another browser → the score shows in the ticket live', async ({ page, browser }) => {
  const priya = await login(demoAgents.priya.email, demoAgents.priya.password);
  const ticketId = uuidv7();
  const customerId = uuidv7();
  const maya = await hubAsAgent(hubUrl, demoAgents.maya.email, demoAgents.maya.password);
  await maya.mutate('ticket.create', {
    id: ticketId,
    subject,
    customerId,
    newCustomer: { id: customerId, name: 'Okapi Home Goods', email: 'returns@okapi-home.example', phone: null, kind: 'b2b' },
    teamId: priya.agent.teamId,
    assigneeId: priya.agent.id,
    channel: 'email',
    firstMessage: { id: uuidv7(), direction: 'inbound', body: 'Two of the five cartons arrived crushed. Photos attached.' },
  });

  await signInAs(page, demoAgents.priya);
  await page.getByTestId('section-inbox').click();
  await page.getByRole('navigation', { name: 'Inbox views' }).getByText('All tickets', { exact: true }).click();
  await page.getByTestId('ticket-row').filter({ hasText: subject }).first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toHaveText(subject);
  await view.getByRole('button', { name: 'Mark solved' }).click();

  // The survey goes out on the ticket's channel (held here: the e2e hub has no mail connector).
  await expect(view.getByText('How did we do?', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(view.getByTestId('ticket-csat')).toHaveCount(0);
  const history = await fetch(`${hubUrl}/api/v1/history/tickets/${ticketId}`, { headers: { authorization: `Bearer ${adminToken}` } });
  const { rows } = (await history.json()) as { rows: { messages: Array<{ body: string }> } };
  const survey = rows.messages.find((m) => m.body.includes('/survey/'));
  expect(survey).toBeDefined();
  const links = [...survey!.body.matchAll(/http:\/\/\S+\/survey\/[A-Za-z0-9_-]+\?score=\d/g)].map((m) => m[0]);
  expect(links).toHaveLength(5);
  const four = links.find((l) => l.endsWith('score=4'))!;
  await shot(page, '1-survey-sent');

  // The customer: another browser, no session, JavaScript off (the page must not need it).
  const customer = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const rate = await customer.newPage();
  await rate.goto(four);
  await expect(rate.getByRole('heading', { name: 'How did we do?' })).toBeVisible();
  await expect(rate.getByTestId('survey-ticket')).toContainText(subject);
  await expect(rate.getByRole('radio', { name: /4\s*Good/ })).toBeChecked();
  await expect(rate.getByText('Okapi Home Goods')).toHaveCount(0);
  await rate.screenshot({ path: 'test-results/csat-2-public-page-desktop.png', fullPage: true });
  // Opening the link recorded nothing (mail scanners open links too).
  await expect(view.getByTestId('ticket-csat')).toHaveCount(0);

  const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 }, isMobile: true });
  const small = await phone.newPage();
  await small.goto(four);
  await expect(small.getByRole('radio', { name: /4\s*Good/ })).toBeChecked();
  expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await small.screenshot({ path: 'test-results/csat-3-public-page-phone.png', fullPage: true });
  await phone.close();

  await rate.getByLabel('Anything you want to tell us? (optional)').fill('Quick refund, thank you. Packaging could be better.');
  await rate.getByRole('button', { name: 'Send my rating' }).click();
  await expect(rate.getByTestId('survey-recorded')).toContainText('4 – Good');
  await rate.screenshot({ path: 'test-results/csat-4-public-page-thanks.png', fullPage: true });

  // The agent sees the answer arrive in the open ticket, without reloading.
  const badge = view.getByTestId('ticket-csat');
  await expect(badge).toHaveText('Satisfaction 4/5 · Good', { timeout: 30_000 });
  await shot(page, '5-score-in-ticket');

  // A second answer replaces the first: a low one reopens the ticket for the team.
  await rate.getByRole('radio', { name: /2\s*Poor/ }).check();
  await rate.getByRole('button', { name: 'Update my rating' }).click();
  await expect(rate.getByTestId('survey-recorded')).toContainText('2 – Poor');
  await expect(badge).toHaveText('Satisfaction 2/5 · Poor', { timeout: 30_000 });
  await expect(view.getByRole('combobox', { name: 'Status' })).toHaveValue('Open');
  // Parcel Support has no lead: its admin is mentioned in an internal note.
  await expect(view.getByText('Low satisfaction score: the customer rated this ticket 2/5')).toBeVisible();
  await expect(view.getByText('@Maya Okafor')).toBeVisible();
  await shot(page, '6-low-score-reopened');

  // The customer 360 counts the answer too.
  await view.getByTestId('ticket-customer').click();
  const customer360 = page.getByTestId('customer-360');
  await expect(customer360.getByTestId('customer-name')).toHaveText('Okapi Home Goods');
  await expect(customer360.getByTestId('kpi-csat')).toContainText('2.0 / 5');
  await shot(page, '7-customer-360');
  await customer.close();
  // Leave Priya's queues as the specs that follow expect them: the reopened ticket is closed again.
  await maya.mutate('ticket.update', { id: ticketId, status: 'closed' });
});
