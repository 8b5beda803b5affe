import { expect, type Locator, type Page } from '@playwright/test';

/** Goes to the inbox, searches for `text` and opens the ticket titled `subject`; the ticket view. */
export async function openTicketBySearch(page: Page, text: string, subject: string): Promise<Locator> {
  await page.getByTestId('section-inbox').click();
  await page.keyboard.press('/');
  await page.getByRole('textbox', { name: 'Search tickets' }).fill(text);
  await page.getByTestId('ticket-row').filter({ hasText: subject }).first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toHaveText(subject);
  return view;
}
