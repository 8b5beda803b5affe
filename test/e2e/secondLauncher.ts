import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { e2eHubPort, e2ePort } from './e2eEnv';

const secondToken = 'e2e1'.repeat(16);

/**
 * A second desktop (launcher process: own replica, own bridge port) on the first launcher's
 * embedded hub: browser mode runs one desktop core, hence one session, per launcher.
 */
export function secondLauncher() {
  const port = Number(process.env['RELAY_E2E_SECOND_PORT'] || e2ePort + 10);
  let child: ChildProcess | null = null;
  let dir = '';
  return {
    async start(): Promise<void> {
      dir = mkdtempSync(join(tmpdir(), 'relay-e2e-second-'));
      child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/launcher/browserMain.ts'], {
        env: { ...process.env, RELAY_DATA_DIR: dir, RELAY_PORT: String(port), RELAY_BRIDGE_TOKEN: secondToken, RELAY_HUB_URL: `http://127.0.0.1:${e2eHubPort}` },
        // Its own process group, so stopping it also stops the Node child tsx starts.
        detached: true,
        stdio: 'ignore',
      });
      const deadline = Date.now() + 90_000;
      while (!(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false))) {
        if (Date.now() > deadline) throw new Error('the second launcher did not start within 90 s');
        await new Promise((r) => setTimeout(r, 300));
      }
    },
    async open(browser: Browser): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/#token=${secondToken}`);
      return page;
    },
    stop(): void {
      try {
        if (child?.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
