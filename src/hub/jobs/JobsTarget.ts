import type { PGlite } from '@electric-sql/pglite';

/** The database the job queue uses: the hub's own PGlite instance, or the hub's PostgreSQL by URL. */
export type JobsTarget = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };
