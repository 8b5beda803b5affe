import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settingsRouting/${name}.png`, animations: 'disabled' });
const ruleName = `Dutch douane ${Date.now().toString(36)}`;

test('an agent has no routing page; a lead adds a rule, dry-runs it, reorders, disables and deletes it', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.keyboard.press('Alt+6');
  await expect(page.getByTestId('settings-page-macros')).toBeVisible();
  await expect(page.getByTestId('settings-page-routing')).toHaveCount(0);

  await signInAs(page, demoAgents.daniel);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-routing').click();
  const routing = page.getByTestId('settings-routing');
  const rows = routing.getByTestId('routing-rule-row');
  await expect(rows.first()).toBeVisible();
  const before = await rows.allInnerTexts();
  await shot(page, '1-rules');

  await routing.getByRole('button', { name: 'New rule' }).click();
  const editor = routing.getByTestId('routing-rule-editor');
  await editor.getByRole('textbox', { name: 'Name' }).fill(ruleName);
  const keywords = editor.getByRole('combobox', { name: 'Keywords' });
  await keywords.fill('customs');
  await keywords.press('Enter');
  await editor.getByRole('combobox', { name: 'Route to team' }).click();
  await page.getByRole('option', { name: 'Customs & Compliance' }).click();
  const dryRun = routing.getByTestId('routing-dry-run');
  await expect(dryRun.getByTestId('dry-run-summary')).toContainText(/would have matched \d+ of the last \d+ tickets/);
  // Last in the list, behind the seeded customs rule: it matches tickets, but the earlier rule chooses them.
  await expect(dryRun.getByTestId('dry-run-row').first()).toContainText('Customs & Compliance (Customs words');
  await shot(page, '2-new-rule-dry-run');
  const axe = await new AxeBuilder({ page }).include('[data-testid="settings-workspace"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'routing editor').toEqual([]);

  // A bad language code is refused with the reason, before anything is queued.
  const languages = editor.getByRole('combobox', { name: 'Languages' });
  await languages.fill('dutch');
  await languages.press('Enter');
  await editor.getByRole('button', { name: 'Save rule' }).click();
  await expect(editor.getByText('Use two-letter codes such as de or fr.')).toBeVisible();
  // Backspace in the empty field takes the last value out again.
  await languages.press('Backspace');
  await editor.getByRole('button', { name: 'Save rule' }).click();
  await expect(routing.getByTestId('routing-rule-editor')).toHaveCount(0);
  await expect(rows).toHaveCount(before.length + 1);
  await expect(rows.last()).toContainText(ruleName);

  // Moving it up swaps it with the rule above; moving it back restores the order.
  await routing.getByRole('button', { name: `Move ${ruleName} up` }).click();
  await expect(rows.nth(before.length - 1)).toContainText(ruleName);
  // Offline: disabling is applied here at once and waits in the outbox.
  const offline = page.getByRole('switch', { name: 'Work offline' });
  await offline.click({ force: true });
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  await routing.getByRole('switch', { name: `${ruleName} enabled` }).click({ force: true });
  await expect(routing.getByRole('switch', { name: `${ruleName} enabled` })).not.toBeChecked();
  await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');
  await shot(page, '3-moved-and-disabled-offline');
  await offline.click({ force: true });
  await expect(page.getByTestId('sync-label')).toHaveText('Online');
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await routing.getByRole('button', { name: `Move ${ruleName} down` }).click();
  await expect(rows.last()).toContainText(ruleName);

  // Specs share one hub: leave the rules as they were.
  await routing.getByRole('button', { name: `Edit ${ruleName}` }).click();
  await routing.getByTestId('routing-rule-editor').getByRole('button', { name: 'Delete rule' }).click();
  await expect(rows).toHaveCount(before.length);
  expect(await rows.allInnerTexts()).toEqual(before);
});
