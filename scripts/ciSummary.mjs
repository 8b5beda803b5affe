// Reads the vitest and Playwright JSON reports written under RELAY_TEST_REPORT_DIR and prints
// the closing line CI reads: "N passed, N failed, N skipped". Exit 1 when anything failed or
// when `npm test` failed before a runner could report (typecheck, lint, build).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = '.', npmStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitestFile = join(dir, 'vitest.json');
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no tests but is a failure all the same.
  failed += (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
}

const playwrightFile = join(dir, 'playwright.json');
if (existsSync(playwrightFile)) {
  const stats = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  console.log(`playwright: ${stats.expected ?? 0} passed, ${stats.unexpected ?? 0} failed, ${stats.flaky ?? 0} flaky, ${stats.skipped ?? 0} skipped`);
}

// npm test stopped before or between runners (typecheck, lint, build): count that step as a failure.
if (npmStatus !== '0' && failed === 0) {
  console.log('npm test failed outside the test runners (typecheck, lint or build): see above');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
