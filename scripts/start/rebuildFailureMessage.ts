import type { BuildStep } from './startPlan';

/** How one build step ended: its exit status and what it printed (stdout and stderr together). */
export interface StepResult {
  step: BuildStep;
  status: number | null;
  output: string;
}

const networkPattern = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up|self[- ]signed certificate|unable to get local issuer/i;
const pythonPattern = /find Python|Could not find any Python|python.*not found/i;
const compilerByPlatform: Record<string, { pattern: RegExp; missing: string }> = {
  win32: {
    pattern: /find VS|Visual Studio|MSBuild|msvs_version|VCINSTALLDIR/i,
    missing: 'Visual Studio Build Tools with the "Desktop development with C++" workload (https://visualstudio.microsoft.com/visual-cpp-build-tools/)',
  },
  darwin: {
    pattern: /xcrun: error|xcode-select|No Xcode or CLT|clang: (?:error|not found)|make: .*not found/i,
    missing: 'the Xcode Command Line Tools (run `xcode-select --install`)',
  },
  linux: {
    pattern: /make: .*not found|g\+\+: (?:command )?not found|cc: (?:command )?not found|not found: make/i,
    missing: 'a C++ toolchain (make and g++, e.g. `sudo apt install build-essential`)',
  },
};

/** Names the missing piece a failed Electron build of better-sqlite3 needs, with the commands to retry. */
export function rebuildFailureMessage(platform: string, results: StepResult[]): string {
  const lines = ["Relay could not build better-sqlite3 for Electron, so the desktop app cannot start.", ''];
  if (results.length === 0) {
    lines.push('Neither prebuild-install nor node-gyp is installed in node_modules: run `npm install` again (with network), then `npm start`.');
    return lines.join('\n');
  }
  const all = results.map((r) => r.output).join('\n');
  const compiler = compilerByPlatform[platform] ?? compilerByPlatform['linux']!;
  const sourceBuild = results.find((r) => r.step.tool === 'node-gyp');
  if (networkPattern.test(all)) {
    lines.push(
      'Missing: network access. The prebuilt addon comes from github.com (WiseLibs/better-sqlite3 releases) and a source',
      "build needs Electron's headers from https://electronjs.org/headers; neither could be downloaded.",
      'Connect to the network (or set HTTPS_PROXY) and run `npm start` again.',
    );
  } else if (sourceBuild && pythonPattern.test(sourceBuild.output)) {
    lines.push('Missing: Python 3, which node-gyp needs to build the addon from source. Install it, then run `npm start` again.');
  } else if (sourceBuild && compiler.pattern.test(sourceBuild.output)) {
    lines.push(`Missing: ${compiler.missing}, which a source build needs (no prebuilt addon was available). Install it, then run \`npm start\` again.`);
  } else {
    lines.push('Both ways failed for a reason not recognised here; their last output is below.');
  }
  lines.push('', 'Tried, in this order (run one by hand to see its full output):');
  for (const r of results) {
    lines.push(`  ${r.step.shown}`, `    → exit ${r.status ?? 'killed'}${keyLine(r.output) ? `: ${keyLine(r.output)}` : ''}`);
  }
  lines.push('', 'Meanwhile the same app runs in your browser: npm run browser', '');
  return lines.join('\n');
}

/** The line that says why: the first error line (node-gyp ends with a bare "not ok"), else the last line. */
function keyLine(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /ERR!|error|warn/i.test(l) && !/ERR! (?:stack|System|command|cwd|node -v|node-gyp -v|\$npm)/.test(l)) ?? lines.at(-1) ?? '';
}
