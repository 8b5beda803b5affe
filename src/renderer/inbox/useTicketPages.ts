import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError, IpcInput, TicketListItem } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayEvent } from '../bridge/useRelayEvent';

export const TICKET_PAGE_SIZE = 100;
const refreshOn = new Set(['tickets', 'messages', 'customers', 'agents']);

type ListInput = Omit<IpcInput<'tickets.list'>, 'offset' | 'limit'>;

export interface TicketPages {
  /** The row at `index`, or undefined while its page loads. */
  row(index: number): TicketListItem | undefined;
  /** Asks for the pages covering rows `from`..`to` (the virtual list's visible range). */
  need(from: number, to: number): void;
  /** Where a ticket is in the list now (among the pages read), or -1. */
  indexOf(id: string): number;
  error: IpcError | null;
}

/**
 * The rows of a long ticket list, read page by page as the virtual list scrolls, and read
 * again (only the pages already shown) when the core reports a change.
 */
export function useTicketPages(input: ListInput): TicketPages {
  const key = JSON.stringify(input);
  const [pages, setPages] = useState<{ key: string; map: ReadonlyMap<number, TicketListItem[]> }>({ key, map: new Map() });
  const [error, setError] = useState<IpcError | null>(null);
  const asked = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() });
  if (asked.current.key !== key) asked.current = { key, pages: new Set() };

  const load = useCallback(
    (page: number) => {
      const query = JSON.parse(key) as ListInput;
      void relay()
        .invoke('tickets.list', { ...query, offset: page * TICKET_PAGE_SIZE, limit: TICKET_PAGE_SIZE })
        .then((reply) => {
          if (!reply.ok) {
            setError(reply.error);
            return;
          }
          setError(null);
          setPages((prev) => {
            // An answer for a query the agent has already left is dropped.
            if (asked.current.key !== key) return prev;
            const map = new Map(prev.key === key ? prev.map : []);
            map.set(page, reply.data);
            return { key, map };
          });
        });
    },
    [key],
  );

  const need = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / TICKET_PAGE_SIZE); page <= Math.floor(Math.max(from, to) / TICKET_PAGE_SIZE); page++) {
        if (asked.current.pages.has(page)) continue;
        asked.current.pages.add(page);
        load(page);
      }
    },
    [load],
  );

  // A new query starts from its first page.
  useEffect(() => need(0, 0), [need]);

  useRelayEvent('data.changed', (change) => {
    if (!change.entities.some((e) => refreshOn.has(e))) return;
    for (const page of asked.current.pages) load(page);
  });

  const map = pages.key === key ? pages.map : undefined;
  return {
    row: (index) => map?.get(Math.floor(index / TICKET_PAGE_SIZE))?.[index % TICKET_PAGE_SIZE],
    need,
    indexOf: (id) => {
      for (const [page, rows] of map ?? []) {
        const at = rows.findIndex((t) => t.id === id);
        if (at !== -1) return page * TICKET_PAGE_SIZE + at;
      }
      return -1;
    },
    error,
  };
}
