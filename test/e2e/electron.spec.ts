import { execFileSync, spawn } from 'node:child_process';
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
  // better-sqlite3 for Electron's ABI (node_modules holds the Node build the other tests load).
  execFileSync(process.execPath, ['scripts/start.mjs', '--addon-only'], { cwd: root, stdio: 'inherit' });
  const userData = mkdtempSync(join(tmpdir(), 'relay-electron-e2e-'));
  const app = await _electron.launch({
    executablePath: binary!,
    args: [join(root, 'out/main/main.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, RELAY_USER_DATA_DIR: userData, RELAY_DEMO: '1' },
    cwd: root,
  });
  try {
    const page = await app.firstWindow();
    // The preload exposes the contract and nothing else.
    expect(await page.evaluate(() => Object.keys(window.relay ?? {}).sort())).toEqual(['invoke', 'on']);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    // New windows are refused (a file: URL is not even handed to the system browser).
    expect(await page.evaluate(() => window.open('file:///etc/hosts') === null)).toBe(true);
    // The shell, not the plain-Node core, answers app.info.
    const info = await page.evaluate(() => window.relay!.invoke('app.info', {}));
    expect(info).toMatchObject({ ok: true, data: { desktopShell: true } });

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

    // A deep link clicked elsewhere launches a second instance: it hands the link to this one
    // (single-instance lock, argv parsing) and exits; this window opens the ticket.
    const target = await page.evaluate(async () => {
      const reply = await window.relay!.invoke('tickets.list', { view: 'all', limit: 50 });
      return reply.ok ? reply.data.at(-1) ?? null : null;
    });
    expect(target, 'the demo data has tickets').not.toBeNull();
    const second = spawn(binary!, [join(root, 'out/main/main.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), `relay://ticket/${target!.id}`], {
      env: { ...process.env, RELAY_USER_DATA_DIR: userData, RELAY_DEMO: '1' },
      cwd: root,
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((done) => second.once('exit', done));
    expect(exitCode).toBe(0);
    await expect(page.getByTestId('ticket-subject')).toHaveText(target!.subject, { timeout: 15_000 });
  } finally {
    await app.close();
  }
});
