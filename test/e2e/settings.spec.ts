import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settings-${name}.png`, animations: 'disabled' });

test('Alt+6 opens Settings; an agent sees their own profile and edits their signature there', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  await page.keyboard.press('Alt+6');
  const workspace = page.getByTestId('settings-workspace');
  await expect(workspace).toBeVisible();
  await expect(page).toHaveURL(/#\/settings/);
  const pages = workspace.getByRole('navigation', { name: 'Settings pages' }).getByRole('link');
  // An agent has no desk settings: only their own profile and their macros.
  await expect(pages).toHaveCount(2);
  await expect(pages.nth(1)).toContainText('Macros');
  const profile = page.getByTestId('settings-profile');
  await expect(profile.getByText(demoAgents.priya.email)).toBeVisible();
  await expect(profile.getByText('Agent', { exact: true })).toBeVisible();

  await profile.getByRole('button', { name: 'Edit signature' }).click();
  await page.getByTestId('signature-input').fill('Priya Nair\nParcel Support');
  await page.getByTestId('save-signature').click();
  await expect(profile.getByTestId('profile-signature')).toHaveText(/Parcel Support/);
  await shot(page, 'profile');

  // Specs share one desktop core: leave no signature behind.
  await profile.getByRole('button', { name: 'Edit signature' }).click();
  await page.getByTestId('signature-input').fill('');
  await page.getByTestId('save-signature').click();
  await expect(profile.getByTestId('profile-signature')).toHaveText(/No signature/);

  // A lead's link to a page an agent cannot use shows the profile instead.
  await page.evaluate(() => (window.location.hash = '#/settings/agents'));
  await expect(profile).toBeVisible();
});
