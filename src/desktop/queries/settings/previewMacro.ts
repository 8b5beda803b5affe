import { eq } from 'drizzle-orm';
import { macroValues, renderMacro, type MacroPreview } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, tickets } from '../../db/schema';
import { ticketMacroValues } from '../knowledge/ticketMacroValues';

const day = 86_400_000;

/** A draft macro body filled for a replica ticket, else for a made-up customer so a new desk still sees a preview. */
export function previewMacro(db: ReplicaDb, body: string, ticketId: string | null, agentId: string | null, now: number): MacroPreview {
  const ticket = ticketId ? db.select().from(tickets).where(eq(tickets.id, ticketId)).get() : undefined;
  if (ticket) return { ...renderMacro(body, ticketMacroValues(db, ticket, agentId).values), sample: 'ticket' };
  const agent = agentId ? db.select({ name: agents.name }).from(agents).where(eq(agents.id, agentId)).get() : undefined;
  const values = macroValues(
    {
      customer: { name: 'Jana Novak' },
      shipment: { trackingNumber: '1Z999AA10123456784', carrier: 'UPS', eta: now + 2 * day },
      order: { number: 'SO-10482' },
      ticket: { number: 1234 },
    },
    { language: 'en-GB', timeZone: 'UTC' },
  );
  return { ...renderMacro(body, { ...values, 'agent.name': agent?.name ?? 'Alex Agent' }), sample: 'built_in' };
}
