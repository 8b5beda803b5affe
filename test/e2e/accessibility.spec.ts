import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { activeRows, demoAgents, ensureSignedOut, signInAs } from './session';

/**
 * axe-core on every screen, light and dark: no critical or serious violation may ship. A
 * failure lists each one as "screen [scheme] impact rule-id: target" so it can be fixed
 * without rerunning anything.
 */
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

/** Mantine keeps the chosen scheme in localStorage under this key (ColorSchemeToggle). */
const schemeKey = 'mantine-color-scheme-value';

async function useScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [schemeKey, scheme] as const);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

async function violations(page: Page, screen: string, scheme: Scheme): Promise<string[]> {
  // Let transitions (modal, palette, dark-mode switch) finish so axe reads final colors.
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) => v.nodes.map((n) => `${screen} [${scheme}] ${v.impact} ${v.id}: ${n.target.join(' ')}`));
}

for (const scheme of schemes) {
  test(`every screen has no critical or serious axe violation (${scheme})`, async ({ page }) => {
    test.setTimeout(300_000);
    const found: string[] = [];

    await ensureSignedOut(page);
    await useScheme(page, scheme);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relay');
    found.push(...(await violations(page, 'sign-in', scheme)));

    await signInAs(page, demoAgents.maya);
    await page.getByTestId('section-inbox').click();
    await page.getByRole('navigation', { name: 'Inbox views' }).getByText('All tickets', { exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All tickets');
    await expect(activeRows(page).first()).toBeVisible();
    found.push(...(await violations(page, 'inbox', scheme)));

    await activeRows(page).first().click();
    const view = page.getByTestId('ticket-view');
    await expect(view.getByTestId('ticket-subject')).toBeVisible();
    await view.getByRole('textbox', { name: 'Reply' }).click();
    found.push(...(await violations(page, 'ticket + composer', scheme)));

    await view.getByRole('button', { name: 'Merge', exact: true }).click();
    const merge = page.getByRole('dialog', { name: /Merge #/ });
    await expect(merge).toBeVisible();
    found.push(...(await violations(page, 'merge dialog', scheme)));
    await merge.getByRole('button', { name: 'Cancel' }).click();
    await expect(merge).toBeHidden();

    await page.getByTestId('section-customers').click();
    await page.getByTestId('customer-row').first().click();
    await expect(page.getByTestId('customer-name')).toBeVisible();
    found.push(...(await violations(page, 'customer 360', scheme)));

    await page.getByTestId('section-exceptions').click();
    await page.getByTestId('exception-row').first().click();
    await expect(page.getByTestId('exception-detail')).toBeVisible();
    found.push(...(await violations(page, 'exceptions', scheme)));

    await page.getByTestId('section-dashboard').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByTestId('kpi-value').first().or(page.getByTestId('dashboard-empty'))).toBeVisible({ timeout: 30_000 });
    found.push(...(await violations(page, 'dashboard', scheme)));
    await page.getByRole('tab', { name: 'Reports' }).click();
    await expect(page.getByTestId('report-table').or(page.getByTestId('report-empty'))).toBeVisible({ timeout: 30_000 });
    found.push(...(await violations(page, 'reports', scheme)));
    await page.getByRole('tab', { name: 'Overview' }).click();

    await page.getByTestId('section-knowledge').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Knowledge base' })).toBeVisible();
    found.push(...(await violations(page, 'knowledge', scheme)));

    await page.getByTestId('palette-button').click();
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await page.getByTestId('palette-search').fill('nordwind');
    await expect(page.getByTestId('palette-hit').first()).toBeVisible();
    found.push(...(await violations(page, 'command palette', scheme)));
    await page.keyboard.press('Escape');

    // Leave the OS default (light in the suite) for the specs that follow.
    await page.evaluate((key) => localStorage.removeItem(key), schemeKey);
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });
}
