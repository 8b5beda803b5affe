import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { HubDb } from '../store/openStore';
import { messages, outboundClaims } from '../store/schema';

/** How long a claim holds before another node may take it over (a node that died mid-send). */
export const defaultClaimTimeoutMs = 10 * 60_000;

/**
 * Claims one outbound message for this node before sending it, in one statement: succeeds when
 * the message is still waiting (queued, or held for a connector) and nobody holds an unexpired
 * claim. Concurrent claims on PostgreSQL serialise on the primary key, and the loser's
 * ON CONFLICT … WHERE sees the winner's fresh claim, so exactly one node gets `true`.
 * The claim row is NOT deleted when the message is sent: this statement's status check reads a
 * snapshot from its start, so a claimer that began just before the sender committed `sent`
 * would find no conflicting row and send again. A kept claim conflicts until it expires, long
 * after every such snapshot; pruneOutboundClaims deletes claims a day old.
 */
export async function claimOutboundMessage(db: HubDb, messageId: string, nodeId: string, now: number, timeoutMs: number): Promise<boolean> {
  const claimed = await db
    .insert(outboundClaims)
    .select(
      db
        .select({ messageId: messages.id, claimedBy: sql<string>`${nodeId}::text`.as('claimed_by'), claimedAt: sql<number>`${now}::bigint`.as('claimed_at') })
        .from(messages)
        .where(and(eq(messages.id, messageId), eq(messages.direction, 'outbound'), inArray(messages.deliveryStatus, ['queued', 'held']))),
    )
    .onConflictDoUpdate({
      target: outboundClaims.messageId,
      set: { claimedBy: nodeId, claimedAt: now },
      setWhere: lt(outboundClaims.claimedAt, now - timeoutMs),
    })
    .returning({ messageId: outboundClaims.messageId });
  return claimed.length === 1;
}
