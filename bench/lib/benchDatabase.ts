import postgres from 'postgres';

/**
 * A fresh PostgreSQL database for one bench (created on the server of DATABASE_URL, dropped by
 * `drop()`), or null with the reason when DATABASE_URL is unset or the server does not answer.
 */
export async function benchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> } | { skipped: string }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { skipped: 'DATABASE_URL is not set' };
  const name = `relay_bench_${label}_${Date.now()}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end();
    return { skipped: `PostgreSQL at DATABASE_URL refused CREATE DATABASE: ${error instanceof Error ? error.message : String(error)}` };
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
