import { describe, expect, it } from 'vitest';
import { rebuildFailureMessage, type StepResult } from '../../../scripts/start/rebuildFailureMessage';
import type { BuildStep } from '../../../scripts/start/startPlan';

const step = (tool: BuildStep['tool']): BuildStep => ({ tool, command: 'node', args: [], cwd: '/stage', unsetEnv: [], shown: `cd /stage && node ${tool}` });
const prebuiltFailed: StepResult = { step: step('prebuild-install'), status: 1, output: 'prebuild-install warn install No prebuilt binaries found (target=45.4.1 runtime=electron arch=arm64 libc= platform=darwin)' };
const gyp = (output: string): StepResult => ({ step: step('node-gyp'), status: 1, output });

describe('rebuildFailureMessage', () => {
  it('names network access when the prebuilt download and the headers download both failed', () => {
    const message = rebuildFailureMessage('win32', [
      { step: step('prebuild-install'), status: 1, output: 'prebuild-install warn install getaddrinfo ENOTFOUND github.com' },
      gyp('gyp http GET https://electronjs.org/headers/v45.4.1/node-v45.4.1-headers.tar.gz\ngyp ERR! configure error\ngyp ERR! stack Error: getaddrinfo ENOTFOUND electronjs.org\ngyp ERR! not ok'),
    ]);
    expect(message).toContain('Missing: network access.');
    expect(message).toContain("Electron's headers from https://electronjs.org/headers");
    expect(message).toContain('  cd /stage && node prebuild-install\n    → exit 1: prebuild-install warn install getaddrinfo ENOTFOUND github.com');
    expect(message).toContain('  cd /stage && node node-gyp\n    → exit 1: gyp ERR! configure error');
    expect(message).toContain('npm run browser');
  });

  it('names Visual Studio Build Tools on Windows when no compiler was found', () => {
    const message = rebuildFailureMessage('win32', [prebuiltFailed, gyp('gyp ERR! find VS could not find a version of Visual Studio 2017 or newer to use')]);
    expect(message).toContain('Missing: Visual Studio Build Tools with the "Desktop development with C++" workload');
  });

  it('names the Xcode Command Line Tools on macOS', () => {
    const message = rebuildFailureMessage('darwin', [prebuiltFailed, gyp("xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun\ngyp ERR! not ok")]);
    expect(message).toContain('Missing: the Xcode Command Line Tools (run `xcode-select --install`)');
  });

  it('names Python when node-gyp could not find it', () => {
    const message = rebuildFailureMessage('darwin', [prebuiltFailed, gyp('gyp ERR! find Python Python is not set from command line or npm configuration')]);
    expect(message).toContain('Missing: Python 3');
  });

  it('asks for npm install when no build tool is installed at all', () => {
    expect(rebuildFailureMessage('linux', [])).toContain('Neither prebuild-install nor node-gyp is installed in node_modules: run `npm install` again');
  });
});
