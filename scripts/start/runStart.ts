// `npm start` (via scripts/start.mjs): gather the facts, follow startPlan, then run electron-vite dev.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { rebuildFailureMessage, type StepResult } from './rebuildFailureMessage';
import { startPlan, type AddonStamp, type StartFacts } from './startPlan';

const root = join(import.meta.dirname, '..', '..');
const stampSchema = z.object({ electron: z.string(), betterSqlite3: z.string(), arch: z.string() });
const versionOf = (pkgDir: string) => z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))).version;

/** The Electron binary, read from path.txt: requiring `electron` would try to download a missing one. */
function electronBinary(electronDir: string): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = relative ? join(electronDir, 'dist', relative) : '';
  return binary && existsSync(binary) ? binary : null;
}

function resolveFrom(dir: string, request: string): string | null {
  try {
    return createRequire(join(dir, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

function readStamp(file: string): AddonStamp | null {
  try {
    return stampSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

function gatherFacts(): StartFacts {
  const electronDir = join(root, 'node_modules', 'electron');
  const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
  const electronVersion = existsSync(join(electronDir, 'package.json')) ? versionOf(electronDir) : 'unknown';
  const versionDir = join(root, 'node_modules', '.relay-electron', 'better-sqlite3', electronVersion);
  const npmGyp = process.env['npm_config_node_gyp'];
  return {
    root,
    electronBinary: electronBinary(electronDir),
    electronVersion,
    betterSqlite3Version: versionOf(sqliteDir),
    platform: process.platform,
    arch: process.arch,
    stamp: readStamp(join(versionDir, 'build.json')),
    addonExists: existsSync(join(versionDir, 'better_sqlite3.node')),
    prebuildInstall: resolveFrom(sqliteDir, 'prebuild-install/bin.js'),
    nodeGyp: resolveFrom(root, 'node-gyp/bin/node-gyp.js') ?? (npmGyp && existsSync(npmGyp) ? npmGyp : null),
    node: process.execPath,
  };
}

const plan = startPlan(gatherFacts());
if (plan.kind === 'no-electron') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'build') {
  console.log(`Relay: ${plan.reason}; building it once into ${plan.addonDir} (node_modules/better-sqlite3 stays built for Node and the tests).`);
  const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
  rmSync(plan.stageDir, { recursive: true, force: true });
  cpSync(sqliteDir, plan.stageDir, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) });
  const built = join(plan.stageDir, 'build', 'Release', 'better_sqlite3.node');
  const results: StepResult[] = [];
  for (const step of plan.steps) {
    console.log(`  ${step.shown}`);
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !step.unsetEnv.includes(key.toLowerCase())));
    const run = spawnSync(step.command, step.args, { cwd: step.cwd, encoding: 'utf8', env });
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`;
    results.push({ step, status: run.status, output });
    if (run.status === 0 && existsSync(built)) break;
  }
  if (!existsSync(built)) {
    console.error(rebuildFailureMessage(process.platform, results));
    process.exit(1);
  }
  mkdirSync(dirname(plan.addonFile), { recursive: true });
  copyFileSync(built, plan.addonFile);
  writeFileSync(join(dirname(plan.addonFile), 'build.json'), JSON.stringify(plan.stamp, null, 2));
  rmSync(plan.stageDir, { recursive: true, force: true });
  console.log(`Relay: better-sqlite3 built for Electron ${plan.stamp.electron}.`);
}

// `npm start -- --addon-only`: prepare the addon (CI, the Electron e2e spec) without opening the app.
if (process.argv.includes('--addon-only')) process.exit(0);
const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
const child = spawn(bin, ['dev', ...process.argv.slice(2).filter((arg) => arg !== '--addon-only')], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
