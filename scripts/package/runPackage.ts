// `npm run package` (via scripts/package.mjs): build, then electron-builder with what packagePlan decided.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePlan } from './packagePlan';

const root = join(import.meta.dirname, '..', '..');
const plan = packagePlan(process.env, process.argv.slice(2), process.platform);
for (const note of plan.notes) console.log(`relay package: ${note}`);
if (plan.errors.length > 0) {
  for (const error of plan.errors) console.error(`relay package: ${error}`);
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const compiled = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

Object.assign(process.env, plan.env);
// electron-builder rebuilds better-sqlite3 for Electron in node_modules itself: keep the Node build the tests load.
const nodeAddon = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const kept = join(mkdtempSync(join(tmpdir(), 'relay-package-')), 'better_sqlite3.node');
copyFileSync(nodeAddon, kept);
try {
  // Loaded only now: electron-builder is a large devDependency the decision above does not need.
  const { build } = await import('electron-builder');
  const targets = Object.fromEntries(plan.targets.map((t) => [t, []]));
  await build({ projectDir: root, ...targets, config: plan.config, publish: 'never' });
} finally {
  copyFileSync(kept, nodeAddon);
}
