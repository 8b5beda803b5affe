import { expect, test, type Page } from '@playwright/test';
import type { BusinessCalendar } from '../../src/core';
import { e2eHubPort } from './e2eEnv';
import { hubAsAgent } from './hubAsAgent';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const hubUrl = `http://127.0.0.1:${e2eHubPort}`;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settingsDesk/${name}.png`, animations: 'disabled' });
const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The Freight Desk team as the hub holds it (admin API), so the spec can put its hours back: specs share one hub. */
async function freightDesk(): Promise<{ id: string; calendar: BusinessCalendar | null }> {
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demoAgents.maya.email, password: demoAgents.maya.password }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${hubUrl}/api/v1/admin/teams`, { headers: { authorization: `Bearer ${token}` } });
  const { teams } = (await res.json()) as { teams: { id: string; name: string; calendar: BusinessCalendar | null }[] };
  const team = teams.find((t) => t.name === 'Freight Desk');
  if (!team) throw new Error('the demo hub has a Freight Desk team');
  return team;
}

/** The local date `days` from now in New York, as the date picker names it and as ISO. */
function newYorkDay(days: number): { iso: string; weekday: number; label: string; monthsAhead: number } {
  const at = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'long' }).formatToParts(at).map((p) => [p.type, p.value]));
  const iso = `${parts.year}-${parts.month}-${parts.day}`;
  const now = new Date();
  return {
    iso,
    weekday: dayNames.indexOf(parts.weekday!) + 1,
    label: new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    monthsAhead: (Number(parts.year) - now.getFullYear()) * 12 + Number(parts.month) - 1 - now.getMonth(),
  };
}

test("a lead sets his team's hours and a holiday; a new ticket's SLA clock waits for the opening", async ({ page }) => {
  const original = await freightDesk();
  try {
    await signInAs(page, demoAgents.daniel);
    await page.keyboard.press('Alt+6');
    await page.getByTestId('settings-page-teams').click();
    const teamsPage = page.getByTestId('settings-teams');
    await expect(teamsPage.getByTestId('team-card')).toHaveCount(3);
    // A lead edits only his own team's hours.
    await expect(teamsPage.getByRole('button', { name: 'Edit Parcel Support' })).toHaveCount(0);
    const freight = teamsPage.locator('[data-testid="team-card"][data-team="Freight Desk"]');
    await expect(freight.getByTestId('team-zone')).toContainText('America/New_York');
    await shot(page, '1-teams-as-lead');

    await freight.getByRole('button', { name: 'Edit Freight Desk' }).click();
    const editor = page.getByTestId('team-editor');
    await expect(editor.getByTestId('team-name')).toBeDisabled();
    // Closed today and tomorrow: open only the day after, 08:00–12:00, New York time.
    const removeHours = editor.getByRole('button', { name: /^Remove (Mon|Tue|Wed|Thu|Fri|Sat|Sun) / });
    while ((await removeHours.count()) > 0) await removeHours.first().click();
    await expect(editor.getByTestId('week-hours').getByText('Closed')).toHaveCount(7);
    const open = newYorkDay(2);
    const dayName = dayNames[open.weekday - 1]!;
    await editor.getByRole('button', { name: `Add hours on ${dayName}` }).click();
    await editor.getByLabel(`${dayName.slice(0, 3)} closes (stretch 1)`).fill('12:00');

    // The day after next is also a holiday this week: the clock then waits a week more.
    await editor.getByTestId('holiday-date').click();
    for (let i = 0; i < open.monthsAhead; i++) await page.locator('.mantine-DatePickerInput-calendarHeaderControl[data-direction="next"]').click();
    await page.getByRole('button', { name: open.label, exact: true }).click();
    await editor.getByTestId('add-holiday').click();
    const added = new Date(`${open.iso}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    await expect(editor.getByTestId('holiday-list')).toContainText(added);
    await shot(page, '2-editing-hours');
    // Offline: the change is queued and shown at once; it reaches the hub when back online.
    await page.getByRole('switch', { name: 'Work offline' }).click();
    await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
    await editor.getByTestId('save-team').click();
    await expect(editor).toBeHidden();
    await expect(freight.getByTestId('team-hours')).toHaveText(`${dayName.slice(0, 3)} 08:00–12:00`);
    const holidays = (original.calendar?.holidays.filter((h) => h !== open.iso).length ?? 0) + 1;
    await expect(freight.getByTestId('team-zone')).toHaveText(`America/New_York · ${holidays} ${holidays === 1 ? 'holiday' : 'holidays'}`);
    await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');
    await shot(page, '3-saved-offline');
    await page.getByRole('switch', { name: 'Work offline' }).click();
    await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
    expect((await freightDesk()).calendar?.week).toEqual({ [String(open.weekday)]: [{ start: '08:00', end: '12:00' }] });

    // SLA policies: a lead sees what applies, read-only.
    await page.getByTestId('settings-page-sla').click();
    await expect(page.getByTestId('sla-grid')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Edit SLA targets/ })).toHaveCount(0);

    // A new ticket for his team: the hub sets its due times on the new hours, and the badge says it waits.
    await page.keyboard.press('Alt+1');
    await page.locator('[data-testid="ticket-row"]').first().click();
    await page.getByTestId('ticket-customer').click();
    await page.getByTestId('customer-header').getByTestId('new-ticket-button').click();
    const modal = page.getByRole('dialog', { name: 'New ticket' });
    const subject = `Pallet count wrong (e2e ${Date.now()})`;
    await modal.getByTestId('new-ticket-subject').fill(subject);
    await modal.getByTestId('new-ticket-body').fill('Customer counted 3 pallets, the waybill says 4.');
    await modal.getByTestId('create-ticket').click();
    await expect(modal).toBeHidden();
    const view = page.getByTestId('ticket-view');
    await expect(view.getByTestId('ticket-subject')).toHaveText(subject);
    const badge = view.getByTestId('sla-badge');
    await expect(badge).toHaveAttribute('data-sla', 'paused', { timeout: 30_000 });
    await expect(badge).toHaveText(`SLA paused — opens ${dayName.slice(0, 3)} 08:00`);
    await shot(page, '4-ticket-sla-paused');
  } finally {
    const daniel = await hubAsAgent(hubUrl, demoAgents.daniel.email, demoAgents.daniel.password);
    expect(await daniel.mutate('team.setCalendar', { id: original.id, calendar: original.calendar })).toMatchObject({ status: 'applied' });
  }
});

test('an admin changes an SLA target in the priority × tier grid, sees the default, and puts the policy back', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-sla').click();
  const cell = page.getByTestId('sla-cell-urgent-gold');
  // The demo policy: urgent × gold answered in 30 min, solved in 8 h.
  await expect(cell).toHaveAttribute('data-default', 'false');
  await expect(cell).toContainText('First response 30 min');
  await expect(cell).toContainText('Resolution 8 h');
  await shot(page, '5-sla-grid');

  const edit = async (first: [string, string], resolution: [string, string]) => {
    await cell.getByRole('button').click();
    const modal = page.getByTestId('sla-target-modal');
    await modal.getByTestId('sla-first-hours').fill(first[0]);
    await modal.getByTestId('sla-first-minutes').fill(first[1]);
    await modal.getByTestId('sla-resolution-hours').fill(resolution[0]);
    await modal.getByTestId('sla-resolution-minutes').fill(resolution[1]);
    return modal;
  };
  // Resolution before first response is refused at the field, with the reason.
  const modal = await edit(['0', '20'], ['0', '10']);
  await modal.getByTestId('sla-save').click();
  await expect(modal.getByText('Resolution cannot come before the first response.')).toBeVisible();
  await modal.getByTestId('sla-resolution-hours').fill('5');
  await modal.getByTestId('sla-resolution-minutes').fill('0');
  await shot(page, '6-sla-editing');
  await modal.getByTestId('sla-save').click();
  await expect(modal).toBeHidden();
  await expect(cell).toContainText('First response 20 min');
  await expect(cell).toContainText('Resolution 5 h');

  // Without a policy row the cell falls back to core's defaults (urgent 1 h / 8 h, gold × 0.75), marked so.
  await cell.getByRole('button').click();
  await page.getByTestId('sla-use-defaults').click();
  await expect(cell).toHaveAttribute('data-default', 'true');
  await expect(cell).toContainText('First response 45 min');
  await expect(cell).toContainText('Resolution 6 h');
  await shot(page, '7-sla-default-cell');

  // Specs share one hub: the demo policy again.
  const back = await edit(['0', '30'], ['8', '0']);
  await back.getByTestId('sla-save').click();
  await expect(back).toBeHidden();
  await expect(cell).toHaveAttribute('data-default', 'false');
  await expect(cell).toContainText('First response 30 min');
});
