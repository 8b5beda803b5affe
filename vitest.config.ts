import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable report beside the console output (see .ci/run).
const reportDir = process.env.RELAY_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Integration tests start real hubs and sockets; the machine has two cores.
    maxWorkers: 2,
    // Generous: hub start-ups seed PGlite; a busy 2-core machine can take tens of seconds. Tests never assert timings.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    reporters: reportDir ? ['default', ['json', { outputFile: join(reportDir, 'vitest.json') }]] : ['default'],
  },
});
