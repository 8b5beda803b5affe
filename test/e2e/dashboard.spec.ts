import { expect, test, type Page } from '@playwright/test';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/dashboard-${name}.png`, animations: 'disabled' });
const kpi = (page: Page, key: string) => page.getByTestId(`kpi-${key}`);

// The demo world is seeded to end today (its days move with the seeding date). The page's "today"
// is 12 days later, so the last 7 days hold no activity, not even what other specs wrote earlier in
// the run (their writes carry the real date), and the 30 days hold the world's busiest days.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(Date.now() + 12 * 86_400_000));
});

test('read the dashboard', async ({ page }) => {
  await signInAs(page, demoAgents.daniel);
  await page.getByTestId('section-dashboard').click();
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  // The dashboard opens on the last 30 days, which hold the demo world's data.
  for (const key of ['open', 'first-response', 'resolution', 'sla', 'csat', 'on-time']) {
    await expect(kpi(page, key).getByTestId('kpi-value')).toHaveText(/\d/);
  }
  await expect(kpi(page, 'sla').getByTestId('kpi-value')).toHaveText(/^\d+(\.\d)?%$/);
  await expect(kpi(page, 'csat').getByTestId('kpi-value')).toHaveText(/^\d\.\d \/ 5$/);
  for (const chart of ['open-tickets', 'response-times', 'sla', 'csat', 'exceptions', 'on-time']) {
    await expect(page.getByTestId(`chart-${chart}`).locator('svg.recharts-surface').first()).toBeVisible();
  }
  // A lead's replica holds one team: no team filter, the team named under the title.
  await expect(dashboard).toContainText('Freight Desk');
  await expect(dashboard.getByRole('combobox', { name: 'Team' })).toHaveCount(0);
  // Nothing wider than the window at 1280×720.
  expect(await dashboard.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await shot(page, '1-light');
  await page.getByTestId('chart-sla').scrollIntoViewIfNeeded();
  await shot(page, '1b-light-trends');

  const segments = page.getByTestId('chart-segments');
  await segments.scrollIntoViewIfNeeded();
  await expect(segments.getByTestId('segments-table')).toContainText('1 order');
  await segments.getByRole('radiogroup', { name: 'Group customers by' }).getByText('Revenue').click();
  await expect(segments.getByTestId('segments-table')).toContainText('€1k–10k');
  await shot(page, '2-segments');

  // A longer period: the deliveries just before the first one count too, drawn week by week.
  const deliveredBefore = await kpi(page, 'on-time').textContent();
  const rangeBefore = await page.getByTestId('dashboard-range').textContent();
  await dashboard.getByRole('heading', { name: 'Dashboard' }).scrollIntoViewIfNeeded();
  await page.getByRole('radiogroup', { name: 'Period' }).getByText('90 days').click();
  await expect(page.getByTestId('dashboard-range')).not.toHaveText(rangeBefore ?? '');
  await expect(kpi(page, 'on-time')).not.toHaveText(deliveredBefore ?? '');
  await expect(page.getByTestId('chart-exceptions')).toContainText('wk ');
  await shot(page, '3-90-days');

  // The last 7 days hold no demo activity: a clear empty state, not blank charts.
  await page.getByRole('radiogroup', { name: 'Period' }).getByText('7 days').click();
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await expect(page.getByTestId('chart-csat-empty')).toBeVisible();
  await shot(page, '4-empty');
  await page.getByTestId('dashboard-empty').getByRole('button', { name: /Show the 30 days up to then/ }).click();
  await expect(page.getByTestId('dashboard-empty')).toHaveCount(0);

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.getByTestId('chart-response-times').locator('svg.recharts-surface').first()).toBeVisible();
  // Onto the navbar: no toggle tooltip or chart hover in the pictures.
  await page.mouse.move(110, 650);
  await shot(page, '5-dark');
  await page.getByTestId('chart-sla').scrollIntoViewIfNeeded();
  await shot(page, '5b-dark-trends');
  await page.getByTestId('chart-segments').scrollIntoViewIfNeeded();
  await shot(page, '6-dark-segments');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
});

test('an admin can narrow the dashboard to one team', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  await page.keyboard.press('Alt+5');
  const team = page.getByRole('combobox', { name: 'Team' });
  await expect(team).toBeVisible();
  const openAll = await kpi(page, 'open').getByTestId('kpi-value').textContent();
  await team.click();
  await page.getByRole('option', { name: 'Customs & Compliance' }).click();
  await expect(kpi(page, 'open').getByTestId('kpi-value')).not.toHaveText(openAll ?? '');
  await shot(page, '7-admin-team');
});
