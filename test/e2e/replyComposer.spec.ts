import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const subject = 'Parcel stuck in transit for 6 days (RLY48213370)';

async function openTicket(page: Page) {
  await page.getByTestId('section-inbox').click();
  await page.getByRole('navigation', { name: 'Inbox views' }).getByText('All tickets', { exact: true }).click();
  await page.getByTestId('ticket-row').filter({ hasText: subject }).first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toHaveText(subject);
  return view;
}

test('an SMS reply shows its length, segments and encoding, and one over the limit cannot be sent', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  const view = await openTicket(page);
  const composer = view.getByTestId('reply-composer');
  const replyBox = view.getByRole('textbox', { name: 'Reply' });
  const send = view.getByRole('button', { name: 'Send reply' });
  await composer.getByText('SMS', { exact: true }).click();

  await replyBox.fill('Hello Sofia, your parcel is moving again.');
  await expect(composer.getByTestId('sms-counter')).toHaveText('41 characters · 1 SMS segment (GSM-7, 119 left in this one) · max 10');
  // One emoji switches the whole text to UCS-2: 70 per SMS, 67 each once split.
  await replyBox.fill('Hello Sofia, your parcel is moving again 🚚 and arrives on Friday morning.');
  await expect(composer.getByTestId('sms-counter')).toContainText('74 characters · 2 SMS segments (UCS-2');
  // € takes two GSM-7 septets.
  await replyBox.fill(`${'a'.repeat(159)}€`);
  await expect(composer.getByTestId('sms-counter')).toContainText('161 characters · 2 SMS segments (GSM-7');

  await replyBox.fill('x'.repeat(1600));
  await expect(composer.getByTestId('channel-limit')).toHaveText(
    'An SMS may be at most 10 segments (about 1,530 GSM-7 characters); this one needs 11 (1,600 characters). Shorten it or reply by email.',
  );
  await expect(send).toBeDisabled();
  await page.screenshot({ path: 'test-results/composer-1-sms-limit.png', animations: 'disabled' });
  // The same text by email is fine.
  await composer.getByText('Email', { exact: true }).click();
  await expect(composer.getByTestId('channel-limit')).toHaveCount(0);
  await expect(send).toBeEnabled();
  await replyBox.fill('');
});

test("a macro's empty placeholders fill in when a shipment is linked to the ticket", async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  const view = await openTicket(page);
  const composer = view.getByTestId('reply-composer');
  const replyBox = view.getByRole('textbox', { name: 'Reply' });
  await composer.getByRole('combobox', { name: 'Insert macro' }).click();
  await page.getByRole('option', { name: 'Shipment delayed – apology with new ETA' }).click();
  await expect(replyBox).toHaveValue(/Your shipment \{\{shipment\.trackingNumber\}\} is running late/);
  await replyBox.press('End');
  await replyBox.pressSequentially('\nPS: written by hand.');

  await view.getByRole('combobox', { name: 'Linked shipment' }).click();
  const option = page.getByRole('listbox', { name: 'Linked shipment' }).getByRole('option').first();
  const tracking = ((await option.textContent()) ?? '').split(' · ')[0] ?? '';
  expect(tracking).toMatch(/^[A-Z0-9]{8,}$/);
  await option.click();
  await expect(replyBox).toHaveValue(new RegExp(`Your shipment ${tracking} is running late\\. The carrier now expects to deliver it on (\\d{1,2} \\w+|\\w+ \\d{1,2},) 2026\\.`));
  await expect(replyBox).toHaveValue(/PS: written by hand\.$/);
  await expect(view.getByTestId('placeholder-warning')).toHaveCount(0);
  // The seeded ETA has passed: the reply cannot go out promising it until the date is edited.
  const send = view.getByRole('button', { name: 'Send reply' });
  await expect(view.locator('[data-testid="reply-warning"][data-code="past_eta"]')).toContainText(/The ETA in this text passed \d+ days ago/);
  await expect(send).toBeDisabled();
  await page.screenshot({ path: 'test-results/composer-2-macro-refilled.png', animations: 'disabled' });
  const text = await replyBox.inputValue();
  await replyBox.fill(text.replace(/deliver it on .+? 2026\./, 'deliver it early next week; we will confirm the day.'));
  await expect(view.locator('[data-code="past_eta"]')).toHaveCount(0);
  await expect(send).toBeEnabled();
  await replyBox.fill('');
});
