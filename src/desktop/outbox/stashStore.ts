import { and, eq } from 'drizzle-orm';
import { entityNameSchema, type AnyRow, type EntityName } from '../../core';
import type { ReplicaDb } from '../db/openReplica';
import { stash } from '../db/schema';

export interface StashedRow {
  entity: EntityName;
  id: string;
  /** The hub's version; null when the hub has no such row (created locally). */
  row: AnyRow | null;
}

/** The hub's version of every row the outbox has overwritten locally. */
export interface StashStore {
  has(entity: EntityName, id: string): boolean;
  keep(entity: EntityName, id: string, row: AnyRow | null): void;
  all(): StashedRow[];
  clear(): void;
}

export function createStashStore(db: ReplicaDb): StashStore {
  return {
    has: (entity, id) =>
      db.select({ id: stash.id }).from(stash).where(and(eq(stash.entity, entity), eq(stash.id, id))).get() !== undefined,
    keep(entity, id, row) {
      db.insert(stash)
        .values({ entity, id, row: row === null ? null : JSON.stringify(row) })
        .onConflictDoNothing()
        .run();
    },
    all: () =>
      db
        .select()
        .from(stash)
        .all()
        .flatMap((s) => {
          const entity = entityNameSchema.safeParse(s.entity);
          // Stashed rows were read back from the replica, which holds only validated rows.
          return entity.success ? [{ entity: entity.data, id: s.id, row: s.row === null ? null : (JSON.parse(s.row) as AnyRow) }] : [];
        }),
    clear() {
      db.delete(stash).run();
    },
  };
}
