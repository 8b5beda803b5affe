import { expect, type Locator, type Page } from '@playwright/test';
import { e2eToken } from './e2eEnv';
import { settleSync } from './settleSync';

/** A demo login (src/hub/seed/demoPeople.ts). */
export interface DemoAgent {
  email: string;
  password: string;
  name: string;
}

export const demoAgents = {
  /** Agent, Parcel Support. */
  priya: { email: 'priya@relay.example', password: 'demo-priya', name: 'Priya Nair' },
  /** Admin (sees every team), Parcel Support. */
  maya: { email: 'maya@relay.example', password: 'demo-maya', name: 'Maya Okafor' },
  /** Lead, Freight Desk. */
  daniel: { email: 'daniel@relay.example', password: 'demo-daniel', name: 'Daniel Weber' },
  /** Agent, Freight Desk. */
  tom: { email: 'tom@relay.example', password: 'demo-tom', name: 'Tom Brennan' },
  /** Lead, Customs & Compliance. */
  lena: { email: 'lena@relay.example', password: 'demo-lena', name: 'Lena Fischer' },
} satisfies Record<string, DemoAgent>;

/** Opens the browser-mode app with the bridge token (the page drops it from the address bar). */
export async function openApp(page: Page): Promise<void> {
  await page.goto(`/#token=${e2eToken}`);
}

/** Fills and submits the sign-in form. */
export async function submitSignIn(page: Page, agent: DemoAgent, password = agent.password): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByRole('textbox', { name: 'Email', exact: true }).fill(agent.email);
  await form.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Leaves the page signed out. Spec files share one desktop core (one session), so each
 * starts from whatever the previous file left (unsent changes included: see the dialog below).
 */
export async function ensureSignedOut(page: Page): Promise<void> {
  await openApp(page);
  const form = page.getByRole('form', { name: 'Sign in' });
  const account = page.getByTestId('account-menu');
  await expect(form.or(account)).toBeVisible({ timeout: 30_000 });
  if (await form.isVisible()) return;
  await account.click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  // Unsent changes open the sign-out dialog: send them when the hub can take them, else keep them for their owner.
  const dialog = page.getByRole('dialog', { name: 'Sign out' });
  await expect(form.or(dialog)).toBeVisible({ timeout: 30_000 });
  if (await dialog.isVisible()) {
    const send = dialog.getByRole('button', { name: 'Send now and sign out' });
    await ((await send.isEnabled()) ? send : dialog.getByRole('button', { name: 'Keep for later' })).click();
  }
  await expect(form).toBeVisible({ timeout: 60_000 });
}

/**
 * Opens the app signed in as `agent`, online and with the replica loaded, from a known state
 * whatever earlier specs left: their unsent changes sent and refusals dismissed (settleSync),
 * for the agent signed in before and for this one.
 */
export async function signInAs(page: Page, agent: DemoAgent): Promise<void> {
  await openApp(page);
  const form = page.getByRole('form', { name: 'Sign in' });
  const signedIn = page.getByTestId('signed-in-agent');
  await expect(form.or(signedIn)).toBeVisible({ timeout: 30_000 });
  if (await signedIn.isVisible()) {
    await settleSync(page);
    if ((await signedIn.textContent()) !== agent.name) await ensureSignedOut(page);
  }
  if (await form.isVisible()) await submitSignIn(page, agent);
  await expect(signedIn).toHaveText(agent.name, { timeout: 30_000 });
  await settleSync(page);
  await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 60_000 });
}

/** Inbox rows of tickets an agent can still answer (new or open): specs act on these, never on whatever row comes first. */
export function activeRows(page: Page): Locator {
  return page.locator('[data-testid="ticket-row"]:is([data-status="new"], [data-status="open"])');
}
