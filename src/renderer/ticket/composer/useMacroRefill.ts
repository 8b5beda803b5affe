import { useEffect, useRef } from 'react';
import type { TicketRow } from '../../../core';
import { relay } from '../../bridge/relay';
import { refillPlaceholders } from './refillPlaceholders';

export interface InsertedMacro {
  macroId: string;
  values: Record<string, string | null>;
  /** The ETA behind {{shipment.eta}}, when the macro uses one. */
  etaAt: number | null;
}

/**
 * Remembers the macros inserted into the composer and, when the ticket's shipment, order or
 * contact changes, renders them again and refills their placeholders in the text (see
 * refillPlaceholders). `remember` on each insert, `forget` once the text is sent.
 */
export function useMacroRefill(
  ticket: TicketRow,
  setBody: (update: (body: string) => string) => void,
): { inserted: readonly InsertedMacro[]; remember(entry: InsertedMacro): void; forget(): void } {
  const inserted = useRef<InsertedMacro[]>([]);
  const links = `${ticket.shipmentId ?? ''}|${ticket.orderId ?? ''}|${ticket.contactId ?? ''}`;
  const seenLinks = useRef(links);

  useEffect(() => {
    if (links === seenLinks.current) return;
    seenLinks.current = links;
    let stale = false;
    for (const entry of inserted.current) {
      void relay()
        .invoke('macros.render', { macroId: entry.macroId, ticketId: ticket.id })
        .then((reply) => {
          if (stale || !reply.ok || !reply.data) return;
          const before = entry.values;
          const after = reply.data.values;
          entry.values = after;
          entry.etaAt = reply.data.etaAt;
          setBody((body) => refillPlaceholders(body, before, after));
        });
    }
    return () => {
      stale = true;
    };
  }, [links, ticket.id, setBody]);

  return {
    inserted: inserted.current,
    remember: (entry) => inserted.current.push(entry),
    forget: () => {
      inserted.current = [];
    },
  };
}
