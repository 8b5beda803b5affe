import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { activeRows, demoAgents, signInAs } from './session';

/**
 * Every screen at a small laptop window (1024×700) and a full-HD one: nothing scrolls
 * sideways and the controls an agent needs are on screen. Screenshots land in
 * test-results/layout/ so a person can look at them.
 */
const sizes = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
] as const;
const dir = 'test-results/layout';

async function check(page: Page, screen: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}/${screen}-${width}x${height}.png`, animations: 'disabled' });
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${screen} at ${width}×${height} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

/** The element is drawn and lies entirely inside the window. */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, what).toBeVisible();
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  const where = `${what}: ${JSON.stringify(box)} in ${width}×${height}`;
  expect(box.width, where).toBeGreaterThan(0);
  expect(box.x, where).toBeGreaterThanOrEqual(0);
  expect(box.y, where).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, where).toBeLessThanOrEqual(width);
  expect(box.y + box.height, where).toBeLessThanOrEqual(height);
}

for (const size of sizes) {
  test(`every screen fits ${size.width}×${size.height}: no sideways scroll, key controls on screen`, async ({ page }) => {
    test.setTimeout(180_000);
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize(size);
    await signInAs(page, demoAgents.maya);

    await page.getByTestId('section-inbox').click();
    await page.getByRole('navigation', { name: 'Inbox views' }).getByText('SLA breached', { exact: true }).click();
    await activeRows(page).first().click();
    const view = page.getByTestId('ticket-view');
    await expect(view.getByTestId('ticket-subject')).toBeVisible();
    await check(page, 'ticket');
    await expectOnScreen(page, view.getByRole('button', { name: 'Send reply' }), 'Send reply');
    await expectOnScreen(page, view.getByTestId('sla-badge'), 'SLA badge');
    const priority = view.getByTestId('priority-menu');
    await expectOnScreen(page, priority, 'priority pill');
    await expect(priority).toHaveText(/\w+ priority/);
    // The pill's text is drawn, not clipped away to an empty pill.
    expect((await priority.locator('.mantine-Badge-label').boundingBox())!.width).toBeGreaterThan(30);
    // Customer name and assignee do not overlap.
    const customer = (await view.getByTestId('ticket-customer').boundingBox())!;
    const assignee = (await view.getByTestId('ticket-assignee').boundingBox())!;
    const overlap = customer.x < assignee.x + assignee.width && assignee.x < customer.x + customer.width && customer.y < assignee.y + assignee.height && assignee.y < customer.y + customer.height;
    expect(overlap, `customer ${JSON.stringify(customer)} overlaps assignee ${JSON.stringify(assignee)}`).toBe(false);

    await page.getByTestId('section-customers').click();
    await page.getByTestId('customer-row').first().click();
    await expect(page.getByTestId('customer-name')).toBeVisible();
    await check(page, 'customer-360');

    await page.getByTestId('section-exceptions').click();
    await page.getByTestId('exception-row').first().click();
    await expect(page.getByTestId('exception-detail')).toBeVisible();
    await check(page, 'exceptions');

    await page.getByTestId('section-dashboard').click();
    const values = page.getByTestId('kpi-value');
    await expect(values.first()).toBeVisible({ timeout: 30_000 });
    await check(page, 'dashboard');
    // KPI values are whole, not cut to "3h 3…"; each carries its full text as a tooltip too.
    for (const value of await values.all()) {
      const [scroll, client, title, text] = await value.evaluate((el) => [el.scrollWidth, el.clientWidth, el.getAttribute('title'), el.textContent]);
      expect(scroll, `KPI "${text}" is cut`).toBeLessThanOrEqual(client);
      expect(title).toBe(text);
    }

    await page.getByTestId('section-knowledge').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Knowledge base' })).toBeVisible();
    await check(page, 'knowledge');
  });
}
