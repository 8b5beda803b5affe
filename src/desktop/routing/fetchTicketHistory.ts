import { z } from 'zod';
import { ticketHistoryEntrySchema, type TicketHistoryEntry } from '../../core';
import { HistoryUnavailableError } from '../sync/HistoryUnavailableError';

const FETCH_TIMEOUT_MS = 15_000;
const replySchema = z.object({ entries: z.array(ticketHistoryEntrySchema) });
const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** GET a ticket's history from the hub as the signed-in agent; the answer is zod-checked. */
export async function fetchTicketHistory(access: { hubUrl: string; token: string }, ticketId: string): Promise<TicketHistoryEntry[]> {
  let response: Response;
  try {
    response = await fetch(`${access.hubUrl}/api/v1/tickets/${ticketId}/history`, {
      headers: { authorization: `Bearer ${access.token}` },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    throw new HistoryUnavailableError('offline', `Cannot reach the hub (${error instanceof Error ? error.message : String(error)}).`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorReplySchema.safeParse(body);
    const reason = response.status === 404 ? 'not_found' : response.status === 401 || response.status === 403 ? 'unauthorized' : 'failed';
    throw new HistoryUnavailableError(reason, parsed.success ? parsed.data.error.message : `The hub answered HTTP ${response.status}.`);
  }
  const parsed = replySchema.safeParse(body);
  if (!parsed.success) throw new HistoryUnavailableError('failed', `The hub sent an unexpected history reply: ${z.prettifyError(parsed.error)}`);
  return parsed.data.entries;
}
