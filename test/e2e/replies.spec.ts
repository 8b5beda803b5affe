import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../src/core';
import { e2eHubPort } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { demoAgents, signInAs } from './session';
import { settleSync } from './settleSync';

test.describe.configure({ mode: 'serial' });

const subject = 'Parcel stuck in transit for 6 days (RLY48213370)';
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 32)]);

async function openTicket(page: Page) {
  await page.getByTestId('section-inbox').click();
  await page.getByRole('navigation', { name: 'Inbox views' }).getByText('All tickets', { exact: true }).click();
  await page.getByTestId('ticket-row').filter({ hasText: subject }).first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toHaveText(subject);
  return view;
}

test('an email reply carries a file, a CC and the agent signature', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByTestId('account-menu').click();
  await page.getByTestId('edit-signature').click();
  await page.getByTestId('signature-input').fill('Priya Nair\nParcel Support · Relay Logistics');
  await page.getByTestId('save-signature').click();
  await expect(page.getByText('Signature saved')).toBeVisible();

  const view = await openTicket(page);
  const composer = view.getByTestId('reply-composer');
  await composer.getByText('Email', { exact: true }).click();
  await view.getByRole('textbox', { name: 'Reply' }).fill('Hello Sofia, the proof of delivery is attached.');
  await composer.getByTestId('add-copies').click();
  const cc = composer.getByTestId('cc-input');
  await cc.fill('ops@customer.example');
  await cc.press('Enter');
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles([
    { name: 'POD RLY48213370.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'tracking-tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00 program') },
  ]);
  await expect(composer.getByTestId('attached-file')).toHaveCount(2);
  await expect(composer.getByTestId('attachment-warning')).toContainText('"tracking-tool.exe" is a program or script');
  await expect(composer.getByTestId('signature-preview')).toContainText('Parcel Support · Relay Logistics');
  await page.screenshot({ path: 'test-results/replies-1-composer.png', animations: 'disabled' });

  await composer.getByRole('button', { name: 'Remove tracking-tool.exe' }).click();
  await expect(composer.getByTestId('attached-file')).toHaveCount(1);
  await view.getByRole('button', { name: 'Send reply' }).click();
  const sent = view.getByTestId('message').filter({ hasText: 'the proof of delivery is attached' }).last();
  await expect(sent).toContainText('POD RLY48213370.pdf');
  await expect(sent.getByTestId('message-copies')).toHaveText('CC ops@customer.example');
  await expect(sent).toContainText('Parcel Support · Relay Logistics');
  await settleSync(page);
  await expect(sent.getByTestId('pending-marker')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/replies-2-sent.png', animations: 'disabled' });
});

test('a colleague @mentions me: a notification pops up and the ticket is in my Mentions view', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await openTicket(page);
  const ticketId = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(new URL(page.url()).hash)?.[0];
  expect(ticketId).toBeTruthy();
  const hubUrl = `http://127.0.0.1:${e2eHubPort}`;
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demoAgents.priya.email, password: demoAgents.priya.password }) });
  const priyaId = ((await login.json()) as { agent: { id: string } }).agent.id;
  const maya = await hubAsAgent(hubUrl, demoAgents.maya.email, demoAgents.maya.password);
  await maya.mutate('message.send', { id: uuidv7(), ticketId, kind: 'note', body: '@Priya Nair can you chase the depot about this one?', mentions: [priyaId] });

  await expect(page.getByText('Maya Okafor mentioned you on #')).toBeVisible();
  await page.getByTestId('section-inbox').click();
  const nav = page.getByRole('navigation', { name: 'Inbox views' });
  await nav.getByText('Mentions', { exact: true }).click();
  await expect(page.getByTestId('ticket-row')).toHaveCount(1);
  await expect(page.getByTestId('ticket-row').first()).toContainText(subject);
  await page.screenshot({ path: 'test-results/replies-3-mentions.png', animations: 'disabled' });

  // Specs share one desktop core: leave no signature behind for the ones that follow.
  await page.getByTestId('account-menu').click();
  await page.getByTestId('edit-signature').click();
  await expect(page.getByTestId('signature-input')).toHaveValue(/Relay Logistics/);
  await page.getByTestId('signature-input').fill('');
  await page.getByTestId('save-signature').click();
  await expect(page.getByText('Your email replies go without one.')).toBeVisible();
});
