import type Database from 'better-sqlite3';

/** What could be read back from a damaged replica and written into the fresh one. */
export interface RescueCounts {
  /** False when the outbox could not be read at all (its changes are only in the kept file). */
  outboxReadable: boolean;
  /** Unsent (pending) outbox entries rescued; acknowledged ones are re-sent harmlessly too. */
  unsent: number;
  parked: number;
  refused: number;
}

/** Rows of a table in the attached damaged file, as far as they can be read (a bad page ends the scan). */
function readable(sqlite: Database.Database, sql: string): { rows: Record<string, unknown>[]; complete: boolean } {
  const rows: Record<string, unknown>[] = [];
  try {
    for (const row of sqlite.prepare<[], Record<string, unknown>>(sql).iterate()) rows.push(row);
    return { rows, complete: true };
  } catch {
    return { rows, complete: false };
  }
}

/**
 * Copies the agent's own work out of the damaged file (attached as `damaged`; only read) into
 * the fresh replica: outbox (in order), parked and refused changes, and the session and client
 * id so sync resumes as the same client and rebuilds everything else from the hub.
 */
export function rescueFromDamaged(fresh: Database.Database, damagedPath: string): RescueCounts {
  try {
    fresh.prepare('ATTACH DATABASE ? AS damaged').run(damagedPath);
  } catch {
    return { outboxReadable: false, unsent: 0, parked: 0, refused: 0 };
  }
  try {
    const outbox = readable(fresh, 'SELECT mutation_id, name, args, created_at, status, ack_seqs FROM damaged.outbox ORDER BY seq');
    const parked = readable(
      fresh,
      'SELECT owner_agent_id, owner_name, owner_hub, mutation_id, name, args, created_at, parked_at FROM damaged.parked_changes ORDER BY seq',
    );
    const refused = readable(fresh, 'SELECT id, name, args, code, message, failed_at FROM damaged.failed_mutations');
    const state = readable(fresh, "SELECT key, value FROM damaged.sync_state WHERE key IN ('session', 'clientId')");
    const copy = (table: string, rows: Record<string, unknown>[]): number => {
      let n = 0;
      for (const row of rows) {
        const columns = Object.keys(row);
        const insert = `INSERT OR IGNORE INTO main.${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
        n += fresh.prepare(insert).run(row).changes;
      }
      return n;
    };
    fresh.transaction(() => {
      copy('outbox', outbox.rows);
      copy('parked_changes', parked.rows);
      copy('failed_mutations', refused.rows);
      copy('sync_state', state.rows);
    })();
    return {
      outboxReadable: outbox.complete || outbox.rows.length > 0,
      unsent: outbox.rows.filter((r) => r.status === 'pending').length,
      parked: parked.rows.length,
      refused: refused.rows.length,
    };
  } finally {
    fresh.prepare('DETACH DATABASE damaged').run();
  }
}
