import { join } from 'node:path';

/** What `npm start` found on disk; gathered by runStart, decided on here (unit-tested). */
export interface StartFacts {
  root: string;
  /** The downloaded Electron binary, or null when node_modules/electron has none. */
  electronBinary: string | null;
  electronVersion: string;
  betterSqlite3Version: string;
  platform: string;
  arch: string;
  /** `<addonDir>/<electron version>/build.json`, written after a successful build; null when absent. */
  stamp: AddonStamp | null;
  addonExists: boolean;
  /** Build tools resolved from node_modules (or npm's own node-gyp); null when not installed. */
  prebuildInstall: string | null;
  nodeGyp: string | null;
  /** The Node running this script: it runs both tools. */
  node: string;
}

export interface AddonStamp {
  electron: string;
  betterSqlite3: string;
  arch: string;
}

/** One way to get the addon; `shown` is the exact command a person can paste to retry by hand. */
export interface BuildStep {
  tool: 'prebuild-install' | 'node-gyp';
  command: string;
  args: string[];
  cwd: string;
  /** npm config a user may have set for Node builds (nodedir=/usr …) would silently build for the wrong ABI. */
  unsetEnv: string[];
  shown: string;
}

export type StartPlan =
  | { kind: 'no-electron'; message: string }
  | { kind: 'start'; addonDir: string }
  | { kind: 'build'; reason: string; addonDir: string; addonFile: string; stageDir: string; stamp: AddonStamp; steps: BuildStep[] };

const noElectronMessage = [
  "Electron's binary is not installed on this machine, so the desktop app cannot start.",
  '(node_modules/electron has no downloaded binary; `npm install` fetches it where the network allows.)',
  '',
  'Run Relay in your browser instead — same app, same data flow:',
  '',
  '    npm run browser',
  '',
].join('\n');

const inheritedBuildConfig = ['npm_config_nodedir', 'npm_config_target', 'npm_config_runtime', 'npm_config_disturl', 'npm_config_arch', 'npm_config_build_from_source'];
const quote = (arg: string) => (/[\s"]/.test(arg) ? `"${arg.replace(/"/g, '\\"')}"` : arg);
const step = (tool: BuildStep['tool'], command: string, args: string[], cwd: string, platform: string): BuildStep => ({
  tool,
  command,
  args,
  cwd,
  unsetEnv: [...inheritedBuildConfig],
  // cmd.exe's cd stays on the current drive without /d (node_modules may be on D:).
  shown: `cd ${platform === 'win32' ? '/d ' : ''}${quote(cwd)} && ${[command, ...args].map(quote).join(' ')}`,
});

/**
 * Start Electron, or first build better-sqlite3 for its ABI into a folder of its own (the Node
 * build in node_modules stays for the tests): a prebuilt download first, a source build second.
 */
export function startPlan(facts: StartFacts): StartPlan {
  if (!facts.electronBinary) return { kind: 'no-electron', message: noElectronMessage };
  const addonDir = join(facts.root, 'node_modules', '.relay-electron', 'better-sqlite3');
  const versionDir = join(addonDir, facts.electronVersion);
  const addonFile = join(versionDir, 'better_sqlite3.node');
  const stamp: AddonStamp = { electron: facts.electronVersion, betterSqlite3: facts.betterSqlite3Version, arch: facts.arch };
  const current = facts.stamp;
  let reason: string | null = null;
  if (!facts.addonExists || !current) reason = `better-sqlite3 has no build for Electron ${facts.electronVersion} yet`;
  else if (current.betterSqlite3 !== stamp.betterSqlite3) reason = `better-sqlite3 changed (${current.betterSqlite3} → ${stamp.betterSqlite3}) since its Electron build`;
  else if (current.arch !== stamp.arch) reason = `the Electron build of better-sqlite3 is for ${current.arch}, this machine runs ${stamp.arch}`;
  if (!reason) return { kind: 'start', addonDir };

  // A copy of the package, so neither tool touches node_modules/better-sqlite3/build (Node's addon).
  const stageDir = join(versionDir, 'stage');
  const target = ['--runtime', 'electron', '--target', facts.electronVersion, '--arch', facts.arch];
  const steps: BuildStep[] = [];
  if (facts.prebuildInstall) steps.push(step('prebuild-install', facts.node, [facts.prebuildInstall, ...target, '--platform', facts.platform], stageDir, facts.platform));
  if (facts.nodeGyp) {
    const gyp = ['rebuild', '--release', `--runtime=electron`, `--target=${facts.electronVersion}`, `--arch=${facts.arch}`, '--dist-url=https://electronjs.org/headers'];
    steps.push(step('node-gyp', facts.node, [facts.nodeGyp, ...gyp], stageDir, facts.platform));
  }
  return { kind: 'build', reason, addonDir, addonFile, stageDir, stamp, steps };
}
