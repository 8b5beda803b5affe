import { eq } from 'drizzle-orm';
import { renderMacro } from '../../../core';
import type { RenderedMacroView } from '../../../core/contract/channels/knowledgeChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { macros, tickets } from '../../db/schema';
import { ticketMacroValues } from './ticketMacroValues';

/**
 * Fills a macro for a reply on this ticket from the replica (values: ticketMacroValues).
 * Placeholders without a value stay visible and are reported. null when macro or ticket is gone.
 */
export function renderTicketMacro(db: ReplicaDb, macroId: string, ticketId: string, agentId: string | null): RenderedMacroView | null {
  const macro = db.select().from(macros).where(eq(macros.id, macroId)).get();
  const ticket = db.select().from(tickets).where(eq(tickets.id, ticketId)).get();
  if (!macro || !ticket) return null;
  const { values, eta } = ticketMacroValues(db, ticket, agentId);
  const usesEta = /\{\{\s*shipment\.eta\s*\}\}/.test(macro.body);
  return { ...renderMacro(macro.body, values), values, etaAt: usesEta ? eta : null };
}
