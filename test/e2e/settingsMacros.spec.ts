import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { activeRows, demoAgents, signInAs, type DemoAgent } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settingsMacros/${name}.png`, animations: 'disabled' });
const stamp = Date.now().toString(36);
const personalTitle = `Friendly sign-off ${stamp}`;
const sharedTitle = `Customs papers needed ${stamp}`;

async function openMacros(page: Page, agent: DemoAgent) {
  await signInAs(page, agent);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-macros').click();
  return page.getByTestId('settings-macros');
}

test('an agent writes a personal macro with placeholders and a live preview; the composer offers it', async ({ page }) => {
  const macros = await openMacros(page, demoAgents.priya);
  await expect(macros.getByTestId('macro-item').first()).toBeVisible();
  // A shared macro is read-only for an agent.
  await macros.getByTestId('macro-item').filter({ hasText: 'Shared' }).first().click();
  await expect(macros.getByTestId('macro-editor').getByRole('textbox', { name: 'Title' })).toBeDisabled();

  await macros.getByRole('button', { name: 'New macro' }).click();
  const editor = macros.getByTestId('macro-editor');
  await expect(editor.getByRole('radio', { name: 'Everyone' })).toBeDisabled();
  await editor.getByRole('textbox', { name: 'Title' }).fill(personalTitle);
  const body = editor.getByRole('textbox', { name: 'Reply' });
  await body.fill('Hi , thanks for {{ticket.numbr}}.');
  // The placeholder goes in at the cursor, after "Hi ".
  await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
  await editor.getByRole('button', { name: 'Insert {{customer.name}}' }).click();
  await expect(body).toHaveValue('Hi {{customer.name}}, thanks for {{ticket.numbr}}.');
  const preview = editor.getByTestId('macro-preview');
  await expect(preview.getByTestId('macro-unknown')).toContainText('{{ticket.numbr}}');
  await expect(preview.getByTestId('macro-preview-text')).not.toContainText('{{customer.name}}');
  await expect(preview.getByTestId('macro-preview-text')).toContainText(/^Hi \S.*, thanks for \{\{ticket\.numbr\}\}\.$/);
  await shot(page, '1-agent-draft-with-typo');
  const axe = await new AxeBuilder({ page }).include('[data-testid="settings-workspace"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'macros editor').toEqual([]);

  await body.fill('Hi {{customer.name}}, thanks for your patience with {{ticket.number}}.\n{{agent.name}}');
  await expect(preview.getByTestId('macro-unknown')).toHaveCount(0);
  await expect(preview.getByTestId('macro-preview-text')).toContainText('Priya Nair');
  await editor.getByRole('button', { name: 'Save macro' }).click();
  const item = macros.getByTestId('macro-item').filter({ hasText: personalTitle });
  await expect(item).toContainText('Personal');
  await shot(page, '2-agent-personal-saved');

  // The reply composer offers it to its owner.
  await page.getByTestId('section-inbox').click();
  await activeRows(page).first().click();
  const composer = page.getByTestId('ticket-view').getByTestId('reply-composer');
  await composer.getByRole('combobox', { name: 'Insert macro' }).click();
  await expect(page.getByRole('option', { name: personalTitle })).toBeVisible();
  await page.keyboard.press('Escape');
});

test("a lead shares a macro but never sees an agent's personal one; both are archived again", async ({ page }) => {
  const macros = await openMacros(page, demoAgents.daniel);
  await macros.getByRole('textbox', { name: 'Search macros' }).fill(stamp);
  await expect(macros.getByText('No macro matches.')).toBeVisible();

  await macros.getByRole('button', { name: 'New macro' }).click();
  const editor = macros.getByTestId('macro-editor');
  await editor.getByRole('textbox', { name: 'Title' }).fill(sharedTitle);
  await editor.getByText('Everyone', { exact: true }).click();
  await expect(editor.getByRole('radio', { name: 'Everyone' })).toBeChecked();
  await editor.getByRole('textbox', { name: 'Reply' }).fill('Hello {{customer.name}}, customs needs the commercial invoice for {{shipment.trackingNumber}}.');
  await editor.getByRole('combobox', { name: 'Channel' }).click();
  await page.getByRole('option', { name: 'Email' }).click();
  await editor.getByRole('button', { name: 'Save macro' }).click();
  const item = macros.getByTestId('macro-item').filter({ hasText: sharedTitle });
  await expect(item).toContainText('Shared');
  await shot(page, '3-lead-shared-macro');

  // Specs share one hub: archive it so no other spec's picker lists it.
  await item.click();
  await macros.getByTestId('macro-editor').getByRole('button', { name: 'Archive' }).click();
  await expect(item).toHaveCount(0);
  await macros.getByRole('switch', { name: 'Show archived' }).click({ force: true });
  await expect(macros.getByTestId('macro-item').filter({ hasText: sharedTitle })).toContainText('Archived');

  const mine = await openMacros(page, demoAgents.priya);
  await mine.getByTestId('macro-item').filter({ hasText: personalTitle }).click();
  await mine.getByTestId('macro-editor').getByRole('button', { name: 'Archive' }).click();
  await expect(mine.getByTestId('macro-item').filter({ hasText: personalTitle })).toHaveCount(0);
});
