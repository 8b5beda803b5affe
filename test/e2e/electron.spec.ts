import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { electronBinary } from './electronBinary';

const root = resolve(import.meta.dirname, '../..');
const binary = electronBinary(root);

// The desktop shell itself: runs wherever Electron's binary is installed (not on this CI box).
const skipReason = "Electron's binary is not installed on this machine (node_modules/electron/path.txt or dist/ missing)";
if (!binary) console.log(`electron e2e skipped: ${skipReason}`);
test.skip(!binary, skipReason);

test('the Electron app starts its embedded hub, signs in and sends a reply', async () => {
  test.setTimeout(180_000);
  execFileSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
  const userData = mkdtempSync(join(tmpdir(), 'relay-electron-e2e-'));
  const app = await _electron.launch({
    executablePath: binary!,
    args: [join(root, 'out/main/main.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, RELAY_USER_DATA_DIR: userData },
    cwd: root,
  });
  try {
    const page = await app.firstWindow();
    // The preload exposes the contract and nothing else.
    expect(await page.evaluate(() => Object.keys(window.relay ?? {}).sort())).toEqual(['invoke', 'on']);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');

    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill('priya@relay.example');
    await form.getByRole('textbox', { name: 'Password', exact: true }).fill('demo-priya');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('sync-label')).toHaveText('Online', { timeout: 60_000 });

    await page.getByTestId('ticket-row').first().click();
    const body = `Reply from the desktop app (e2e ${Date.now()})`;
    const box = page.getByRole('textbox', { name: 'Reply' });
    await box.fill(body);
    await box.press('ControlOrMeta+Enter');
    const sent = page.getByTestId('message').filter({ hasText: body });
    await expect(sent).toHaveAttribute('data-pending', 'false', { timeout: 30_000 });
    await page.screenshot({ path: 'test-results/electron-ticket-after-reply.png', animations: 'disabled' });
  } finally {
    await app.close();
  }
});
