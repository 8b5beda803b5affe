import { defineConfig } from 'drizzle-kit';

/** The desktop replica's SQLite schema; `npx drizzle-kit generate --config drizzle.local.config.ts`. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/desktop/db/schema.ts',
  out: './migrations/local',
});
