import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBridgeServer } from '../desktop/browserBridge/createBridgeServer';
import { createDesktopCore } from '../desktop/createDesktopCore';
import { checkHubUrl } from '../desktop/session/checkHubUrl';
import { fileTokenStore } from '../desktop/session/fileTokenStore';
import { embeddedRulesOptions } from '../hub/rules/embeddedRulesOptions';
import { demoLoginOf } from '../hub/seed/demoLoginOf';
import { demoPasswordsWarning } from '../hub/seed/demoPasswordsWarning';
import { embeddedHubSeed } from '../hub/seed/embeddedHubSeed';
import { wantsDemoWorld } from '../hub/seed/wantsDemoWorld';
import { startHub, type RunningHub } from '../hub/startHub';

/**
 * `npm run browser`: the desktop core in this Node process, an embedded hub unless
 * RELAY_HUB_URL names one, and the built renderer served on 127.0.0.1 behind a per-run token.
 * The embedded hub runs the demo world only when asked (`--demo` / RELAY_DEMO=1; `npm run
 * browser` asks); otherwise it is a fresh install whose admin password is printed once.
 */
async function main(): Promise<void> {
  const dataDir = resolve(process.env['RELAY_DATA_DIR'] || join(homedir(), '.local', 'share', 'relay', 'browser'));
  const port = Number(process.env['RELAY_PORT'] || 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`RELAY_PORT must be a port number, got "${process.env['RELAY_PORT']}"`);
  const token = process.env['RELAY_BRIDGE_TOKEN'] || randomBytes(32).toString('hex');
  const staticDir = resolve(import.meta.dirname, '../../out/web');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${staticDir} is missing). Run \`npm run build:renderer\` first, or use \`npm run browser\`.`);
  }
  mkdirSync(dataDir, { recursive: true });

  let hub: RunningHub | null = null;
  let hubUrl = process.env['RELAY_HUB_URL'] ? checkHubUrl(process.env['RELAY_HUB_URL']) : undefined;
  const demo = wantsDemoWorld(process.argv.slice(2), process.env);
  if (!hubUrl) {
    // RELAY_HUB_PORT pins the embedded hub's port so a second desktop (or a test) can reach it.
    const hubPort = Number(process.env['RELAY_HUB_PORT'] || 0);
    // Rules on (exceptions, SLA, notifications); without connectors outbound messages are held, not failed.
    hub = await startHub({ dataDir: join(dataDir, 'hub'), ...embeddedHubSeed(demo), port: hubPort, rules: embeddedRulesOptions(), duplicates: { intervalMs: 6 * 3_600_000 }, ...(demo ? { carrierSimulator: {} } : {}) });
    hubUrl = hub.url;
  }
  const core = await createDesktopCore({
    dbPath: join(dataDir, 'replica.sqlite'),
    hubUrl,
    hubIsEmbedded: hub !== null,
    tokenStore: fileTokenStore(join(dataDir, 'session-token')),
    // A fresh install's admin login also appears once on the sign-in screen (no copy is kept).
    firstRunAdmin: hub && !demo && hub.demoCredentials[0] ? { email: hub.demoCredentials[0].email, password: hub.demoCredentials[0].password, keptAt: null } : null,
    demoLogin: hub ? demoLoginOf(demo, hub.demoCredentials) : null,
  });
  const bridge = await createBridgeServer({ core, staticDir, token, port });

  const lines = [
    '',
    '  Relay is running in browser mode.',
    '',
    `  Open:  ${bridge.url}/#token=${token}`,
    '',
    `  Hub:   ${hubUrl}${hub ? (demo ? ' (embedded, demo data)' : ' (embedded)') : ''}`,
    `  Data:  ${dataDir}`,
  ];
  if (hub && demo && hub.demoCredentials.length > 0) {
    lines.push('', '  Demo sign-ins:');
    for (const c of hub.demoCredentials) lines.push(`    ${c.email.padEnd(28)} ${c.password.padEnd(14)} ${c.name} (${c.role}, ${c.teamName})`);
    lines.push('', `  ${demoPasswordsWarning}`);
  } else if (hub && hub.demoCredentials.length > 0) {
    // A fresh install: printed here and shown on the sign-in screen, this run only; not stored.
    const admin = hub.demoCredentials[0]!;
    lines.push('', '  New hub: sign in as its admin (shown this once, write it down):', `    ${admin.email}   ${admin.password}`);
  } else if (hub && !demo) {
    lines.push('', '  Sign in with the admin login printed when this hub was created (or start with --demo for the demo world).');
  }
  lines.push('', '  Press Ctrl+C to stop.', '');
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  ${signal}: stopping Relay…`);
    // Bridge first (no new requests), then the core (flushes SQLite), then the hub.
    await bridge.close().catch((e: unknown) => console.error('bridge close failed:', e));
    await core.close().catch((e: unknown) => console.error('core close failed:', e));
    await hub?.close().catch((e: unknown) => console.error('hub close failed:', e));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`\n  Relay could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
