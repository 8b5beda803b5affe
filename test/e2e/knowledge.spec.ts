import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

/** Opens a hand-written Parcel ticket (they are the newest, near the top of the inbox) by its subject. */
async function openTicket(page: Page, subject: string) {
  await page.getByTestId('section-inbox').click();
  await page.getByRole('navigation', { name: 'Inbox views' }).getByText('All tickets', { exact: true }).click();
  await page.getByTestId('ticket-row').filter({ hasText: subject }).first().click();
  const view = page.getByTestId('ticket-view');
  await expect(view.getByTestId('ticket-subject')).toHaveText(subject);
  return view;
}

test('answer a ticket with a macro', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  const view = await openTicket(page, 'Parcel stuck in transit for 6 days (RLY48213370)');
  const composer = view.getByTestId('reply-composer');
  const replyBox = view.getByRole('textbox', { name: 'Reply' });

  // The reply goes out on the ticket's channel by default; Sofia can also be reached by SMS.
  await expect(composer.getByTestId('composer-hint')).toContainText('by email (sofia.marquez@mail.example)');
  await composer.getByText('SMS', { exact: true }).click();
  await expect(composer.getByTestId('composer-hint')).toContainText('by SMS (+34 655 555 210)');
  await composer.getByText('Email', { exact: true }).click();

  // A macro whose shipment placeholders this ticket cannot fill: they stay visible and are named.
  await composer.getByRole('combobox', { name: 'Insert macro' }).click();
  await page.getByRole('option', { name: 'Shipment delayed – apology with new ETA' }).click();
  await expect(replyBox).toHaveValue(/^Hi Sofia Marquez,\n\nYour shipment \{\{shipment\.trackingNumber\}\} is running late\./);
  await expect(replyBox).toHaveValue(/Best regards,\nPriya Nair$/);
  await expect(view.getByTestId('placeholder-warning')).toContainText('{{shipment.trackingNumber}}, {{shipment.eta}}');
  await page.screenshot({ path: 'test-results/knowledge-1-macro-placeholders.png', animations: 'disabled' });

  // Start over with a macro this ticket fills completely, searched by typing.
  await replyBox.fill('');
  const picker = composer.getByRole('combobox', { name: 'Insert macro' });
  await picker.click();
  await picker.fill('closing');
  await page.getByRole('option', { name: 'Closing – no reply' }).click();
  await expect(replyBox).toHaveValue(/^Hi Sofia Marquez, we have not heard back/);
  await expect(view.getByTestId('placeholder-warning')).toHaveCount(0);
  const text = await replyBox.inputValue();
  await view.getByRole('button', { name: 'Send reply' }).click();
  const sent = view.getByTestId('message').filter({ hasText: 'we have not heard back' }).last();
  await expect(sent).toHaveAttribute('data-direction', 'outbound');
  await expect(sent).toContainText(text.slice(0, 40));
  await expect(replyBox).toHaveValue('');

  // An internal note mentioning a teammate, chosen from the autocomplete with the keyboard.
  await composer.getByText('Internal note', { exact: true }).click();
  const noteBox = view.getByRole('textbox', { name: 'Internal note' });
  await noteBox.click();
  await noteBox.pressSequentially('Closing this out, @sam');
  await expect(page.getByTestId('mention-menu')).toContainText('Samir Haddad');
  await page.screenshot({ path: 'test-results/knowledge-2-mention.png', animations: 'disabled' });
  await noteBox.press('Enter');
  await expect(noteBox).toHaveValue('Closing this out, @Samir Haddad ');
  await noteBox.pressSequentially('please watch for a reply.');
  await view.getByRole('button', { name: 'Add note' }).click();
  const note = view.getByTestId('message').filter({ hasText: '@Samir Haddad please watch for a reply.' });
  await expect(note).toHaveAttribute('data-direction', 'note');
});

test('search the knowledge base and insert an article', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.getByTestId('section-knowledge').click();
  const workspace = page.getByTestId('knowledge-workspace');
  // Agents read the knowledge base; they do not write it.
  await expect(workspace.getByRole('button', { name: 'New article' })).toHaveCount(0);

  const search = workspace.getByRole('textbox', { name: 'Search articles' });
  await search.fill('customs hol');
  const first = workspace.getByTestId('kb-hit').first();
  await expect(first.getByTestId('kb-hit-title')).toHaveText('Customs holds explained');
  await expect(first.getByTestId('kb-hit-title').locator('mark')).toHaveText(['Customs', 'holds']);
  await expect(first.getByTestId('kb-hit-snippet').locator('mark').first()).toBeVisible();
  // Syntax FTS5 would choke on is just text: "AND(" searches for the word "and".
  await search.fill('"AND(');
  await expect(workspace.getByTestId('kb-hit').first().getByTestId('kb-hit-title').locator('mark').first()).toHaveText(/^and$/i);
  await search.fill('"xylophone(');
  await expect(workspace.getByText('No articles match “"xylophone(”')).toBeVisible();
  await search.fill('customs hol');
  await first.click();
  const article = workspace.getByTestId('kb-article');
  await expect(article.getByRole('heading', { name: 'Customs holds explained' })).toHaveCount(1);
  await expect(article.getByTestId('kb-article-body').locator('table')).toBeVisible();
  await expect(article.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(article.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/knowledge-3-search.png', animations: 'disabled' });

  // From the ticket: the composer suggests articles by the ticket's text and inserts them.
  const view = await openTicket(page, 'Customs hold: duties invoice for order from the UK');
  const composer = view.getByTestId('reply-composer');
  await composer.getByRole('button', { name: /^Articles/ }).click();
  const pickerPanel = page.getByTestId('article-picker');
  await expect(pickerPanel).toContainText('Suggested for this ticket');
  await expect(pickerPanel.getByTestId('article-option').first()).toBeVisible();
  await expect(pickerPanel.getByTestId('article-option').filter({ hasText: 'Incoterms in two minutes' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/knowledge-4-suggestions.png', animations: 'disabled' });
  await pickerPanel.getByRole('button', { name: 'Insert Customs holds explained' }).click();
  const replyBox = view.getByRole('textbox', { name: 'Reply' });
  await expect(replyBox).not.toHaveValue('');
  const inserted = await replyBox.inputValue();
  expect(inserted).not.toContain('# Customs holds explained');
  expect(inserted).not.toContain('**');

  await composer.getByRole('button', { name: /^Articles/ }).click();
  await pickerPanel.getByRole('textbox', { name: 'Search knowledge base' }).fill('incoterm');
  await expect(pickerPanel).toContainText('Best matches');
  await pickerPanel.getByRole('button', { name: 'Insert link to Incoterms in two minutes' }).click();
  await expect(replyBox).toHaveValue(/Incoterms in two minutes: https:\/\/help\.relay\.example\/articles\/[0-9a-f-]{36}$/);
  await page.screenshot({ path: 'test-results/knowledge-5-inserted.png', animations: 'disabled' });
  await replyBox.fill('');
});

test('a lead edits an article with live preview and clear validation', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  await page.getByTestId('section-knowledge').click();
  const workspace = page.getByTestId('knowledge-workspace');
  await workspace.getByRole('textbox', { name: 'Search articles' }).fill('working offline');
  await workspace.getByTestId('kb-hit').filter({ hasText: 'Working offline' }).first().click();
  await workspace.getByTestId('kb-article').getByRole('button', { name: 'Edit' }).click();

  const editor = workspace.getByTestId('kb-editor');
  const title = editor.getByRole('textbox', { name: 'Title' });
  await title.fill('');
  await editor.getByRole('button', { name: 'Save article' }).click();
  await expect(editor.getByText('Give the article a title.')).toBeVisible();
  await title.fill('Working offline');

  const marker = `Zeppelin checklist ${Date.now()}`;
  const body = editor.getByRole('textbox', { name: 'Body (Markdown)' });
  await body.fill(`${await body.inputValue()}\n\n## ${marker}\n\n- **Check** the outbox count <script>window.hacked = 1</script>`);
  await expect(editor.getByTestId('kb-preview').getByRole('heading', { name: marker })).toBeVisible();
  await expect(editor.getByTestId('kb-preview').locator('script')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/knowledge-6-editor.png', animations: 'disabled' });
  await editor.getByRole('button', { name: 'Save article' }).click();

  const article = workspace.getByTestId('kb-article');
  await expect(article.getByRole('heading', { name: marker })).toBeVisible();
  await expect(article).toContainText('by Maya Okafor');
  await workspace.getByRole('textbox', { name: 'Search articles' }).fill('zeppelin');
  await expect(workspace.getByTestId('kb-hit').first().getByTestId('kb-hit-title')).toHaveText('Working offline');
  await page.screenshot({ path: 'test-results/knowledge-7-saved.png', animations: 'disabled' });
});
