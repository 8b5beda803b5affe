import { sql } from 'drizzle-orm';
import type { LiveChanges } from '../../core';
import type { HubDb, HubTx } from '../store/openStore';

/** Any fixed 64-bit key: every hub node writing to this database takes the same one. */
const WRITE_LOCK_KEY = 4_477_001;

export interface Transacted<T> {
  value: T;
  batches: LiveChanges[];
}

/**
 * The hub's only way to write. Writes are serialised twice: in-process (a promise chain, so
 * live batches leave in commit order) and in the database (a transaction-level advisory lock,
 * so seq order == commit order across hub nodes). Batches are emitted only after commit.
 */
export class WriteLane {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly committed = new Set<(batches: readonly LiveChanges[]) => void>();

  constructor(
    private readonly db: HubDb,
    private readonly emit: (batches: LiveChanges[]) => void,
  ) {}

  transact<T>(work: (tx: HubTx) => Promise<Transacted<T>>): Promise<T> {
    const run = this.tail.then(async () => {
      const done = await this.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
        return work(tx);
      });
      // Committed is committed: a failing broadcast must not turn the write into an error.
      // Clients that miss a batch notice the gap (prev) and pull.
      if (done.batches.length > 0) {
        try {
          this.emit(done.batches);
        } catch {
          /* see above */
        }
        for (const listener of this.committed) {
          try {
            listener(done.batches);
          } catch {
            /* a listener's bug must not fail a committed write */
          }
        }
      }
      return done.value;
    });
    // The chain must survive a failed write; the caller still sees the failure through `run`.
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * After-commit hook: `listener` gets every committed write's batches, in commit order, right
   * after they are broadcast (the rules engine and outbound connectors react here). It runs
   * synchronously inside the lane, so it must only enqueue work, never await a write.
   */
  onCommitted(listener: (batches: readonly LiveChanges[]) => void): () => void {
    this.committed.add(listener);
    return () => this.committed.delete(listener);
  }

  /** Resolves when every write queued so far has finished (used before closing the store). */
  async drain(): Promise<void> {
    await this.tail;
  }
}
