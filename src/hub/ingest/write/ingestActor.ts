import type { SystemActor } from '../../../core';

/** Who every ingest write is, in the audit trail and to the core mutations' access rules. */
export const ingestActor: SystemActor = { kind: 'system', systemId: 'system:ingest' };
