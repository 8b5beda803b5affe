import { defineConfig } from 'drizzle-kit';

/** Hub (PostgreSQL / PGlite) migrations: `npx drizzle-kit generate --config drizzle.hub.config.ts`. */
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/hub/store/schema.ts', './src/hub/ingest/ingestTables.ts', './src/hub/auth/sessions/revokedTokens.ts'],
  out: './migrations/hub',
});
