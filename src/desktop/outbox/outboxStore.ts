import { asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { MutationEnvelope, RejectionCode } from '../../core';
import type { ReplicaDb } from '../db/openReplica';
import { failedMutations, outbox } from '../db/schema';

export interface OutboxEntry {
  seq: number;
  mutationId: string;
  name: string;
  args: unknown;
  createdAt: number;
  status: 'pending' | 'acked';
  ackSeqs: Record<string, number> | null;
  /** Times the hub failed on it with an internal error (refusals and network failures do not count). */
  attempts: number;
  lastError: string | null;
}

const ackSeqsSchema = z.record(z.string(), z.number().int());

/** Bookkeeping of the outbox table: local writes in order until the hub has confirmed them. */
export interface OutboxStore {
  add(envelope: MutationEnvelope): void;
  all(): OutboxEntry[];
  pending(limit: number): OutboxEntry[];
  unsentCount(): number;
  /** What the status indicator counts: changes not yet confirmed, and refusals not yet dismissed. */
  counts(): { unsent: number; refused: number };
  markAcked(mutationId: string, seqs: Record<string, number>): void;
  drop(mutationId: string): void;
  /** Moves it to the refused list (kept with its reason until dismissed or retried). `internal`: the hub kept failing on it. */
  fail(mutationId: string, code: RejectionCode | 'internal', message: string, failedAt: number): void;
  /** Counts one internal hub failure of a pending entry; returns how many it has had (0 when it is gone). */
  recordFailure(mutationId: string, reason: string): number;
  /** The agent has read why the hub refused it. */
  dismissFailure(mutationId: string): void;
  /** A refused mutation as it was sent (for a retry), or null. */
  failure(mutationId: string): { name: string; args: unknown } | null;
}

function toEntry(row: typeof outbox.$inferSelect): OutboxEntry {
  const seqs = row.ackSeqs === null ? null : ackSeqsSchema.safeParse(JSON.parse(row.ackSeqs));
  return {
    seq: row.seq,
    mutationId: row.mutationId,
    name: row.name,
    args: JSON.parse(row.args),
    createdAt: row.createdAt,
    status: row.status,
    ackSeqs: seqs?.success ? seqs.data : null,
    attempts: row.attempts,
    lastError: row.lastError,
  };
}

export function createOutboxStore(db: ReplicaDb): OutboxStore {
  return {
    add(envelope) {
      db.insert(outbox)
        .values({
          mutationId: envelope.id,
          name: envelope.name,
          args: JSON.stringify(envelope.args),
          createdAt: envelope.createdAt,
        })
        .run();
    },
    all: () => db.select().from(outbox).orderBy(asc(outbox.seq)).all().map(toEntry),
    pending: (limit) =>
      db.select().from(outbox).where(eq(outbox.status, 'pending')).orderBy(asc(outbox.seq)).limit(limit).all().map(toEntry),
    unsentCount: () => db.select({ n: count() }).from(outbox).where(eq(outbox.status, 'pending')).get()?.n ?? 0,
    counts() {
      return {
        unsent: this.unsentCount(),
        refused: db.select({ n: count() }).from(failedMutations).get()?.n ?? 0,
      };
    },
    markAcked(mutationId, seqs) {
      db.update(outbox).set({ status: 'acked', ackSeqs: JSON.stringify(seqs) }).where(eq(outbox.mutationId, mutationId)).run();
    },
    drop(mutationId) {
      db.delete(outbox).where(eq(outbox.mutationId, mutationId)).run();
    },
    fail(mutationId, code, message, failedAt) {
      const entry = db.select().from(outbox).where(eq(outbox.mutationId, mutationId)).get();
      if (!entry) return;
      db.insert(failedMutations)
        .values({ id: mutationId, name: entry.name, args: entry.args, code, message, failedAt })
        .onConflictDoNothing()
        .run();
      db.delete(outbox).where(eq(outbox.mutationId, mutationId)).run();
    },
    recordFailure(mutationId, reason) {
      const updated = db
        .update(outbox)
        .set({ attempts: sql`${outbox.attempts} + 1`, lastError: reason })
        .where(eq(outbox.mutationId, mutationId))
        .returning({ attempts: outbox.attempts })
        .get();
      return updated?.attempts ?? 0;
    },
    dismissFailure(mutationId) {
      db.delete(failedMutations).where(eq(failedMutations.id, mutationId)).run();
    },
    failure(mutationId) {
      const found = db.select().from(failedMutations).where(eq(failedMutations.id, mutationId)).get();
      return found ? { name: found.name, args: JSON.parse(found.args) } : null;
    },
  };
}
