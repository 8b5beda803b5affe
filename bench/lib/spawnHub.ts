import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface HubProcess {
  url: string;
  pid: number;
  /** Resident memory of the hub process now, from /proc (Linux), in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts bench/lib/hubChild.ts and waits for its URL. */
export async function spawnHub(env: { databaseUrl?: string; redisUrl?: string; seed?: 'demo' | 'none' } = {}): Promise<HubProcess> {
  const script = fileURLToPath(new URL('./hubChild.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...(env.databaseUrl ? { BENCH_HUB_DATABASE_URL: env.databaseUrl } : {}),
      ...(env.redisUrl ? { BENCH_HUB_REDIS_URL: env.redisUrl } : {}),
      BENCH_HUB_SEED: env.seed ?? 'demo',
    },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`bench: the hub process exited ${String(code)} before listening`)));
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    rssMb() {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : Number.NaN;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
