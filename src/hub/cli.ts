import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultHubDataDir } from './defaultHubDataDir';
import { rulesOptionsFromEnv } from './rules/rulesOptionsFromEnv';
import { describeZodError } from './describeZodError';
import { startHub } from './startHub';

const usage = `Usage: npm run hub -- [--port 4477] [--host 127.0.0.1] [--data DIR | --data :memory:] [--seed demo|large [--scale 1]] [--log]
  DATABASE_URL=postgres://… uses PostgreSQL instead of PGlite (unless --data is given).`;

const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(4477),
  host: z.string().min(1).default('127.0.0.1'),
  data: z.string().min(1).optional(),
  seed: z.enum(['demo', 'large']).optional(),
  /** --seed large: 1 = 50k customers, 200k shipments, ~1.3M tracking events, ~100k tickets. */
  scale: z.coerce.number().positive().max(10).default(1),
  log: z.boolean().default(false),
  help: z.boolean().default(false),
});

/** `npm run hub`: starts the hub, prints where it is and the demo logins, stops cleanly on signals. */
async function main(): Promise<void> {
  let raw: unknown;
  try {
    raw = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        seed: { type: 'string' },
        scale: { type: 'string' },
        log: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) fail(describeZodError(parsed.error));
  const args = parsed.data;
  if (args.help) {
    console.log(usage);
    return;
  }

  const usesPostgres = args.data === undefined && Boolean(process.env.DATABASE_URL);
  const hub = await startHub({ host: args.host, port: args.port, dataDir: args.data, seed: args.seed ?? null, seedScale: args.scale, seedProgress: (line) => console.log(line), log: args.log, rules: rulesOptionsFromEnv(), duplicates: { intervalMs: 6 * 3_600_000 } });
  console.log(`Relay hub listening on ${hub.url}`);
  console.log(`  store: ${usesPostgres ? 'PostgreSQL (DATABASE_URL)' : `PGlite at ${args.data ?? defaultHubDataDir()}`}`);
  if (hub.demoCredentials.length > 0) {
    console.log('  demo sign-ins:');
    for (const c of hub.demoCredentials) {
      console.log(`    ${c.email.padEnd(24)} ${c.password.padEnd(14)} ${c.name} (${c.role}, ${c.teamName})`);
    }
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the hub…`);
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('hub did not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

function fail(reason: string): never {
  console.error(`relay hub: ${reason}\n${usage}`);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error('relay hub failed to start:', error);
  process.exit(1);
});
