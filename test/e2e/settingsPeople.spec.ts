import { expect, test, type Page } from '@playwright/test';
import { secondLauncher } from './secondLauncher';
import { activeRows, demoAgents, signInAs, submitSignIn } from './session';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/settings-people-${name}.png`, animations: 'disabled' });
const run = Date.now().toString(36);
const invitee = { name: `Noor Haddad ${run}`, email: `noor-${run}@relay.example`, password: '' };
const tagName = `e2e-hazmat-${run}`;
const fieldLabel = `Pallet count ${run}`;
const fieldKey = `pallet_count_${run}`.slice(0, 40);
const second = secondLauncher();

async function openSettings(page: Page, pageName: 'agents' | 'fields' | 'audit'): Promise<void> {
  // Alt+6 is the settings spec's; a click works wherever focus is (e.g. on the Work offline switch).
  await page.getByTestId('section-settings').click();
  await page.getByTestId(`settings-page-${pageName}`).click();
  await expect(page.getByTestId(`settings-${pageName}`)).toBeVisible();
}

test.beforeAll(async () => second.start());
test.afterAll(() => second.stop());

test('an admin invites an agent: the one-time password is shown once and signs the agent in on another desktop; sign out everywhere ends it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInAs(page, demoAgents.maya);
  await openSettings(page, 'agents');
  const agents = page.getByTestId('settings-agents');
  await expect(agents.getByTestId(`agent-row-${demoAgents.priya.email}`)).toBeVisible();

  await agents.getByRole('button', { name: 'Invite agent' }).click();
  const form = page.getByRole('form', { name: 'Invite an agent' });
  await form.getByRole('textbox', { name: 'Email' }).fill('not an email');
  await form.getByRole('button', { name: 'Invite' }).click();
  // The invite schema's own words, before anything reaches the hub.
  await expect(form.getByText('must be an email address')).toBeVisible();
  await expect(form.getByText('choose a team')).toBeVisible();
  await form.getByRole('textbox', { name: 'Name' }).fill(invitee.name);
  await form.getByRole('textbox', { name: 'Email' }).fill(invitee.email);
  await form.getByRole('combobox', { name: 'Team' }).click();
  await page.getByRole('option', { name: 'Parcel Support' }).click();
  await form.getByRole('button', { name: 'Invite' }).click();

  const shown = page.getByRole('dialog', { name: 'Agent invited' });
  await expect(shown.getByTestId('one-time-password')).toHaveText(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
  invitee.password = (await shown.getByTestId('one-time-password').textContent()) ?? '';
  await expect(shown.getByRole('button', { name: 'Copy' })).toBeVisible();
  await shot(page, '1-one-time-password');
  await shown.getByRole('button', { name: 'Done' }).click();
  const row = agents.getByTestId(`agent-row-${invitee.email}`);
  await expect(row).toContainText('Active');
  await shot(page, '2-agents');

  // The new agent signs in on a second desktop with that password.
  const desk = await second.open(browser);
  await expect(desk.getByRole('form', { name: 'Sign in' })).toBeVisible({ timeout: 30_000 });
  await submitSignIn(desk, { ...invitee });
  await expect(desk.getByTestId('signed-in-agent')).toHaveText(invitee.name, { timeout: 30_000 });

  // Signing them out everywhere ends that desktop's session.
  await row.getByRole('button', { name: `Actions for ${invitee.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(desk.getByRole('form', { name: 'Sign in' })).toBeVisible({ timeout: 30_000 });

  // A reset shows a new one-time password; deactivation marks the row.
  await row.getByRole('button', { name: `Actions for ${invitee.name}` }).click();
  await page.getByRole('menuitem', { name: 'Reset password' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
  const reset = page.getByRole('dialog', { name: 'New password' });
  await expect(reset.getByTestId('one-time-password')).not.toHaveText(invitee.password);
  invitee.password = (await reset.getByTestId('one-time-password').textContent()) ?? '';
  await reset.getByRole('button', { name: 'Done' }).click();
  await submitSignIn(desk, { ...invitee });
  await expect(desk.getByTestId('signed-in-agent')).toHaveText(invitee.name, { timeout: 30_000 });
  await row.getByRole('button', { name: `Actions for ${invitee.name}` }).click();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(row).toContainText('Deactivated');
  await expect(desk.getByRole('form', { name: 'Sign in' })).toBeVisible({ timeout: 30_000 });
  await desk.context().close();
});

test('an admin defines a tag and a custom field, and both are usable on a ticket', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demoAgents.maya);
  await openSettings(page, 'fields');
  const fields = page.getByTestId('settings-fields');

  await fields.getByRole('button', { name: 'New tag' }).click();
  const tagForm = page.getByRole('form', { name: 'Tag' });
  await tagForm.getByRole('textbox', { name: 'Name' }).fill('a,b');
  await tagForm.getByRole('button', { name: 'Save tag' }).click();
  await expect(tagForm.getByText('a tag cannot contain a comma')).toBeVisible();
  await tagForm.getByRole('textbox', { name: 'Name' }).fill(tagName);
  await tagForm.getByRole('combobox', { name: 'Colour' }).click();
  await page.getByRole('option', { name: 'Red' }).click();
  await tagForm.getByRole('button', { name: 'Save tag' }).click();
  await expect(fields.getByTestId('tag-defs').getByText(tagName)).toBeVisible();

  await fields.getByRole('button', { name: 'New field' }).click();
  const fieldForm = page.getByRole('form', { name: 'Field' });
  await fieldForm.getByRole('button', { name: 'Save field' }).click();
  await expect(fieldForm.getByText('give the field a label')).toBeVisible();
  await fieldForm.getByRole('textbox', { name: 'Label' }).fill(fieldLabel);
  await expect(fieldForm.getByRole('textbox', { name: 'Key' })).toHaveValue(fieldKey);
  await fieldForm.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Number' }).click();
  await fieldForm.getByRole('button', { name: 'Save field' }).click();
  await expect(fields.getByTestId(`field-def-${fieldKey}`)).toContainText('Number');
  await shot(page, '3-tags-and-fields');

  // Both are offered on a ticket at once.
  await page.getByTestId('section-inbox').click();
  await activeRows(page).first().click();
  const labels = page.getByTestId('ticket-view').getByTestId('ticket-labels');
  await labels.getByRole('combobox', { name: 'Tags' }).fill(tagName);
  await labels.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(labels).toContainText(tagName);
  await labels.getByTestId('edit-fields').click();
  await page.getByTestId(`field-${fieldKey}`).fill('12');
  await page.getByTestId('save-fields').click();
  await expect(labels.getByTestId('ticket-fields')).toContainText(`${fieldLabel}: 12`);
  await shot(page, '4-ticket-uses-them');
});

test('the audit log shows those changes, filtered by actor and action, with before and after', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demoAgents.maya);
  await openSettings(page, 'audit');
  const audit = page.getByTestId('settings-audit');
  await expect(audit.getByTestId('audit-row').first()).toBeVisible();

  const filters = audit.getByTestId('audit-filters');
  await filters.getByRole('combobox', { name: 'Actor' }).click();
  await page.getByRole('option', { name: demoAgents.maya.name }).click();
  await filters.getByRole('textbox', { name: 'Action' }).fill('agent.');
  await filters.getByRole('textbox', { name: 'Words' }).fill(invitee.email);
  const rows = audit.getByTestId('audit-row');
  await expect(rows.filter({ hasText: 'agent.create' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'agent.sign_out_everywhere' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'agent.deactivate' })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: demoAgents.maya.name })).toHaveCount(0);
  await rows.filter({ hasText: 'agent.create' }).click();
  const detail = audit.getByTestId('audit-entry-detail');
  await expect(detail).toContainText(invitee.email);
  await expect(detail).not.toContainText(invitee.password);
  await shot(page, '5-audit-agent');

  await filters.getByRole('textbox', { name: 'Action' }).fill('tagDef.save');
  await filters.getByRole('textbox', { name: 'Words' }).fill(tagName);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('tag_defs');
  await filters.getByRole('textbox', { name: 'Action' }).fill('fieldDef.');
  await filters.getByRole('textbox', { name: 'Words' }).fill(fieldKey);
  await expect(rows).toHaveCount(1);
  await shot(page, '6-audit-fields');
});

test('a lead sees their own team read-only, defines a tag, and finds it in their team\'s audit log without others\' entries', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demoAgents.daniel);
  await openSettings(page, 'agents');
  const agents = page.getByTestId('settings-agents');
  await expect(agents.getByTestId(`agent-row-${demoAgents.tom.email}`)).toBeVisible();
  await expect(agents.getByTestId(`agent-row-${demoAgents.priya.email}`)).toHaveCount(0);
  await expect(agents.getByRole('button', { name: 'Invite agent' })).toHaveCount(0);
  await expect(agents.getByText('Only an administrator can change them.')).toBeVisible();

  const leadTag = `e2e-lead-${run}`;
  await openSettings(page, 'fields');
  await page.getByTestId('settings-fields').getByRole('button', { name: 'New tag' }).click();
  await page.getByRole('form', { name: 'Tag' }).getByRole('textbox', { name: 'Name' }).fill(leadTag);
  await page.getByRole('form', { name: 'Tag' }).getByRole('button', { name: 'Save tag' }).click();
  await expect(page.getByTestId('tag-defs').getByText(leadTag)).toBeVisible();

  await openSettings(page, 'audit');
  const audit = page.getByTestId('settings-audit');
  await expect(audit.getByText('Changes made by the agents of your team.')).toBeVisible();
  // Sent from the outbox, then read from the hub: the entry is there once the hub has it.
  await expect(async () => {
    await audit.getByTestId('audit-filters').getByRole('textbox', { name: 'Words' }).fill(leadTag);
    await expect(audit.getByTestId('audit-row').filter({ hasText: demoAgents.daniel.name })).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await audit.getByTestId('audit-filters').getByRole('textbox', { name: 'Words' }).fill('');
  await expect(audit.getByTestId('audit-row').first()).toBeVisible();
  await expect(audit.getByTestId('audit-row').filter({ hasText: demoAgents.maya.name })).toHaveCount(0);
  await shot(page, '7-lead-audit');
});

test('working offline, Agents and Audit log say they need the hub while a tag is still defined, and sent once back online', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demoAgents.maya);
  const offlineTag = `e2e-offline-${run}`;
  await page.getByRole('switch', { name: 'Work offline' }).click();
  await expect(page.getByTestId('sync-label')).toHaveText('Working offline');
  try {
    await openSettings(page, 'agents');
    await expect(page.getByTestId('hub-only-notice')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Invite agent' })).toBeDisabled();
    await shot(page, '8-agents-offline');
    await openSettings(page, 'audit');
    await expect(page.getByTestId('hub-only-notice')).toBeVisible();
    await expect(page.getByTestId('audit-row')).toHaveCount(0);

    await openSettings(page, 'fields');
    await page.getByTestId('settings-fields').getByRole('button', { name: 'New tag' }).click();
    await page.getByRole('form', { name: 'Tag' }).getByRole('textbox', { name: 'Name' }).fill(offlineTag);
    await page.getByRole('form', { name: 'Tag' }).getByRole('button', { name: 'Save tag' }).click();
    await expect(page.getByTestId('tag-defs').getByText(offlineTag)).toBeVisible();
    await expect(page.getByTestId('unsent-count')).toHaveText('1 unsent');
  } finally {
    await page.getByRole('switch', { name: 'Work offline' }).click();
  }
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 30_000 });
  await expect(page.getByTestId('unsent-count')).toHaveCount(0, { timeout: 30_000 });
  await openSettings(page, 'audit');
  await page.getByTestId('audit-filters').getByRole('textbox', { name: 'Words' }).fill(offlineTag);
  await expect(page.getByTestId('audit-row')).toHaveCount(1);
});
