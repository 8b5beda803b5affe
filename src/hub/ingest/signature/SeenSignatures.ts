import { lt } from 'drizzle-orm';
import type { HubDb } from '../../store/openStore';
import { webhookSignaturesSeen } from '../ingestTables';
import { SIGNATURE_TOLERANCE_SECONDS } from './verifyWebhookSignature';

/**
 * A valid signature is accepted until its timestamp is ±300 s away from the hub's clock, i.e. up
 * to two windows after it was first seen (a timestamp 300 s ahead stays valid 600 s): keep rows
 * that long, then prune them.
 */
const keepMs = 2 * SIGNATURE_TOLERANCE_SECONDS * 1000;
/** Pruning is a range delete on an index: once a minute per node is plenty. */
const pruneEveryMs = 60_000;

/**
 * The webhook_signatures_seen table, shared by every hub node: a signature is accepted once.
 * `claim` is one INSERT … ON CONFLICT DO NOTHING, so two nodes receiving the same replay at
 * the same moment cannot both accept it.
 */
export class SeenSignatures {
  private lastPrune = 0;

  constructor(private readonly db: HubDb) {}

  /** True when this signature was not seen before (and is now recorded); false = a replay. */
  async claim(signature: string, source: string, nowMs: number): Promise<boolean> {
    if (nowMs - this.lastPrune >= pruneEveryMs) {
      this.lastPrune = nowMs;
      await this.prune(nowMs);
    }
    const inserted = await this.db
      .insert(webhookSignaturesSeen)
      .values({ signature, source, seenAt: nowMs })
      .onConflictDoNothing()
      .returning({ signature: webhookSignaturesSeen.signature });
    return inserted.length === 1;
  }

  /** Deletes rows no signature check could still accept (no RETURNING: there may be many). */
  async prune(nowMs: number): Promise<void> {
    await this.db.delete(webhookSignaturesSeen).where(lt(webhookSignaturesSeen.seenAt, nowMs - keepMs));
  }
}
