// `npm start`: run the Electron app through electron-vite, if Electron's binary is installed.
// The check reads node_modules/electron/path.txt directly: requiring the `electron` package
// would try to download the binary, which fails (slowly) on machines without internet.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

if (!electronBinary()) {
  console.error(
    [
      "Electron's binary is not installed on this machine, so the desktop app cannot start.",
      '(node_modules/electron has no downloaded binary; `npm install` fetches it where the network allows.)',
      '',
      'Run Relay in your browser instead — same app, same data flow:',
      '',
      '    npm run browser',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
const child = spawn(bin, ['dev', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
