import { expect, test, type Page } from '@playwright/test';
import { e2eHubPort } from './e2eEnv';
import { demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const hubUrl = `http://127.0.0.1:${e2eHubPort}`;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settingsSurveys/${name}.png`, animations: 'disabled', fullPage: true });

async function adminToken(): Promise<string> {
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demoAgents.maya.email, password: demoAgents.maya.password }) });
  return ((await login.json()) as { token: string }).token;
}

async function hubRows<T>(segment: 'automations' | 'sla-policies'): Promise<T[]> {
  const res = await fetch(`${hubUrl}/api/v1/admin/${segment}`, { headers: { authorization: `Bearer ${await adminToken()}` } });
  const body = (await res.json()) as Record<string, T[]>;
  return Object.values(body)[0] ?? [];
}

type Automation = { id: string; trigger: string; enabled: boolean; config: Record<string, unknown> };
const csatRows = async () => (await hubRows<Automation>('automations')).filter((a) => a.trigger === 'csat.survey' || a.trigger === 'csat.low_score');

// Specs share one hub, and csat.spec.ts expects no survey setting: remove what this spec saved.
test.afterAll(async () => {
  const token = await adminToken();
  for (const row of await csatRows()) await fetch(`${hubUrl}/api/v1/admin/automations/${row.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
});

test('an admin turns surveys on with a delay, cooldown and a low-score rule; a bad value is refused at the field', async ({ page }) => {
  expect(await csatRows(), 'no survey setting left by an earlier spec').toEqual([]);
  await signInAs(page, demoAgents.maya);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-surveys').click();
  const surveys = page.getByTestId('settings-surveys');
  // No row yet: surveys off, the defaults shown.
  await expect(surveys.getByTestId('survey-enabled')).not.toBeChecked();
  await expect(surveys.getByTestId('survey-delayHours')).toHaveValue('24 h');

  await surveys.getByTestId('survey-enabled').check();
  await surveys.getByTestId('survey-delayHours').fill('2');
  await surveys.getByTestId('survey-cooldownDays').fill('14');
  await surveys.getByTestId('survey-validityDays').fill('0');
  await surveys.getByTestId('low-score-enabled').check();
  await surveys.getByTestId('low-score-threshold').click();
  await page.getByRole('option', { name: '3 of 5' }).click();
  await surveys.getByTestId('low-score-notify').uncheck();
  await surveys.getByTestId('survey-save').click();
  // The setting's own schema: links must stay valid at least a day.
  await expect(surveys.getByText(/expected number to be >=1/)).toBeVisible();
  await surveys.getByTestId('survey-validityDays').fill('21');
  await shot(page, '1-surveys-editing');
  await surveys.getByTestId('survey-save').click();
  await expect(page.getByText('Survey settings saved')).toBeVisible();

  await expect
    .poll(async () => (await csatRows()).map((r) => ({ trigger: r.trigger, enabled: r.enabled, config: r.config })).sort((a, b) => a.trigger.localeCompare(b.trigger)))
    .toEqual([
      { trigger: 'csat.low_score', enabled: true, config: { threshold: 3, reopen: true, notifyLead: false } },
      { trigger: 'csat.survey', enabled: true, config: { delayHours: 2, cooldownDays: 14, validityDays: 21 } },
    ]);
});

test('a lead sees the survey settings but cannot change them', async ({ page }) => {
  await signInAs(page, demoAgents.daniel);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-surveys').click();
  const surveys = page.getByTestId('settings-surveys');
  await expect(surveys.getByTestId('survey-enabled')).toBeChecked();
  await expect(surveys.getByTestId('survey-enabled')).toBeDisabled();
  await expect(surveys.getByTestId('survey-cooldownDays')).toHaveValue('14 days');
  await expect(surveys.getByTestId('survey-save')).toHaveCount(0);
  await expect(surveys.getByText('Admins change these; you see what applies.')).toBeVisible();
  await shot(page, '2-surveys-as-lead');
});

test('an admin sets a next-reply target in the SLA grid; a policy from before shows its first-reply target there', async ({ page }) => {
  await signInAs(page, demoAgents.maya);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('settings-page-sla').click();
  const cell = page.getByTestId('sla-cell-high-standard');
  // The demo policy has no next-reply target: the first-reply target applies.
  const before = (await hubRows<{ id: string; priority: string; tier: string; firstResponseMinutes: number; nextResponseMinutes: number | null }>('sla-policies')).find(
    (p) => p.priority === 'high' && p.tier === 'standard',
  );
  expect(before?.nextResponseMinutes).toBeNull();
  await expect(page.getByTestId('sla-next-high-standard')).toHaveText(/^Next reply /);
  const firstText = (await cell.innerText()).match(/First response (.+)/)?.[1];
  await expect(page.getByTestId('sla-next-high-standard')).toHaveText(`Next reply ${firstText}`);

  await cell.getByRole('button').click();
  const modal = page.getByTestId('sla-target-modal');
  await modal.getByTestId('sla-next-hours').fill('1');
  await modal.getByTestId('sla-next-minutes').fill('30');
  await shot(page, '3-sla-next-reply-editing');
  await modal.getByTestId('sla-save').click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('sla-next-high-standard')).toHaveText('Next reply 1 h 30 min');
  await shot(page, '4-sla-grid-next-reply');
  await expect.poll(async () => (await hubRows<{ id: string; nextResponseMinutes: number | null }>('sla-policies')).find((p) => p.id === before?.id)?.nextResponseMinutes).toBe(90);

  // Specs share one hub: the demo policy again (no next-reply target).
  const res = await fetch(`${hubUrl}/api/v1/admin/sla-policies/${before!.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` },
    body: JSON.stringify({ nextResponseMinutes: null }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
});
