import { lt } from 'drizzle-orm';
import type { HubDb } from '../store/openStore';
import { outboundClaims } from '../store/schema';

/** Claims are kept this long after they were taken (far beyond any claim timeout), then deleted. */
export const claimRetentionMs = 24 * 60 * 60_000;

/** Deletes send claims older than `claimRetentionMs` (expired long ago; their messages are done or claimable anyway). */
export async function pruneOutboundClaims(db: HubDb, now: number): Promise<void> {
  await db.delete(outboundClaims).where(lt(outboundClaims.claimedAt, now - claimRetentionMs));
}
