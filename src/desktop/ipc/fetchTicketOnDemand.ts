import { fetchOnDemand } from './fetchOnDemand';
import type { HandlerContext } from './HandlerContext';

/** How long "the hub has no such ticket for you" is believed: views re-read on every data change. */
const MISSING_FOR_MS = 30_000;
const missing = new WeakMap<HandlerContext, Map<string, number>>();

/**
 * A ticket the replica does not hold (older than the replication window): fetch it with its
 * thread into the replica. True when the hub had it (in the agent's teams); false signed
 * out, or when the hub said so in the last 30 s; offline fails with code `offline` and a
 * sentence the ticket view can show.
 */
export async function fetchTicketOnDemand(ctx: HandlerContext, id: string): Promise<boolean> {
  // Signed out there is no hub to ask (and no replica to show): simply not found.
  if (!ctx.session.hubAccess()) return false;
  const known = missing.get(ctx) ?? new Map<string, number>();
  missing.set(ctx, known);
  const until = known.get(id);
  if (until !== undefined && until > ctx.now()) return false;
  const bundle = await fetchOnDemand(ctx, `tickets/${id}`, 'This ticket is older than what this computer keeps; connect to open it.');
  if (bundle === null) {
    if (known.size > 1_000) known.clear();
    known.set(id, ctx.now() + MISSING_FOR_MS);
  }
  return bundle !== null;
}
