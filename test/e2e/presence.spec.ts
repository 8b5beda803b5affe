import { expect, test } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { SYNC_PROTOCOL_VERSION, uuidv7 } from '../../src/core';
import { e2eHubPort } from './e2eEnv';
import { activeRows, demoAgents, signInAs } from './session';

test.describe.configure({ mode: 'serial' });

const hubUrl = `http://127.0.0.1:${e2eHubPort}`;

/** A colleague's desktop as the hub sees it: a signed-in socket that said hello. */
async function colleague(email: string, password: string): Promise<Socket> {
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = (await login.json()) as { token: string };
  const socket = io(hubUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const hello = (await socket.emitWithAck('hello', { protocol: SYNC_PROTOCOL_VERSION, clientId: uuidv7(), cursors: {} })) as { ok: boolean };
  expect(hello.ok).toBe(true);
  return socket;
}

test('the ticket shows who else is viewing and, in orange, who is typing; it clears when they leave', async ({ page }) => {
  await signInAs(page, demoAgents.priya);
  const row = activeRows(page).first();
  const ticketId = await row.getAttribute('data-ticket-id');
  await row.click();
  const view = page.getByTestId('ticket-view');
  await expect(view).toBeVisible();
  await expect(view.getByTestId('presence-bar')).toHaveCount(0);

  const maya = await colleague('maya@relay.example', 'demo-maya');
  try {
    // Maya arrives on the ticket: she learns Priya is there (the window said so on opening it).
    const arrival = (await maya.emitWithAck('presence:set', { ticketId, state: 'viewing' })) as {
      ok: boolean;
      data: { present: { agentId: string; state: string }[] };
    };
    expect(arrival.ok).toBe(true);
    expect(arrival.data.present.map((p) => p.state)).toEqual(['viewing']);
    const bar = view.getByTestId('presence-bar');
    await expect(bar).toContainText('Maya is viewing');

    // Priya types in the reply box: Maya hears 'typing'.
    const heard: string[] = [];
    maya.on('presence', (entry: { state: string }) => heard.push(entry.state));
    await view.getByRole('textbox', { name: 'Reply' }).pressSequentially('Hello');
    await expect.poll(() => heard.includes('typing')).toBe(true);

    await maya.emitWithAck('presence:set', { ticketId, state: 'typing' });
    await expect(bar).toContainText('Maya is typing…');
    await bar.getByLabel('Maya is typing…').hover();
    await expect(page.getByRole('tooltip')).toHaveText('Maya is typing…');
    await page.screenshot({ path: 'test-results/presence-1-typing.png', animations: 'disabled' });
  } finally {
    maya.close();
  }
  await expect(view.getByTestId('presence-bar')).toHaveCount(0);
  await view.getByRole('textbox', { name: 'Reply' }).fill('');
});
