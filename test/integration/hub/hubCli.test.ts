import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../fixtures/hub/waitFor';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

function runCli(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  // DATABASE_URL is dropped so the CLI uses PGlite whatever the test environment says.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(tsx, ['src/hub/cli.ts', ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

describe('npm run hub (cli)', () => {
  it('starts, prints its URL and the demo logins, serves, and exits cleanly on SIGTERM', async () => {
    const run = runCli(['--port', '0', '--data', ':memory:', '--seed', 'demo']);
    try {
      const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(run.output())?.[1], 'the hub URL', 30_000);
      await waitFor(() => (run.output().includes('demo-priya') ? true : undefined), 'the demo logins');
      const health = await fetch(`${url}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, protocol: 1 });
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  });

  it('refuses bad arguments with the reason and exit code 2', async () => {
    const run = runCli(['--port', 'lots']);
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('port');
    const unknown = runCli(['--colour', 'blue']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toMatch(/colour/);
  });
});
