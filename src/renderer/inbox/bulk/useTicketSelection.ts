import { useCallback, useMemo, useState } from 'react';
import type { TicketListItem } from '../../../core';

export interface TicketSelection {
  /** Selected tickets as they were when picked (the batch's undo starts from these). */
  items: TicketListItem[];
  has(id: string): boolean;
  /** Ctrl/Cmd-click or `x`: add or remove one row; it becomes the anchor of a shift-click range. */
  toggle(item: TicketListItem, index: number): void;
  /** Shift-click: select every loaded row from the anchor to this one. */
  extendTo(index: number, rowAt: (index: number) => TicketListItem | undefined): void;
  clear(): void;
}

/** The inbox's multi-selection, kept by ticket id so a re-sorted list keeps what was picked. */
export function useTicketSelection(): TicketSelection {
  const [picked, setPicked] = useState<ReadonlyMap<string, TicketListItem>>(new Map());
  const [anchor, setAnchor] = useState<number | null>(null);

  const toggle = useCallback((item: TicketListItem, index: number) => {
    setPicked((old) => {
      const next = new Map(old);
      if (next.has(item.id)) next.delete(item.id);
      else next.set(item.id, item);
      return next;
    });
    setAnchor(index);
  }, []);

  const extendTo = useCallback(
    (index: number, rowAt: (index: number) => TicketListItem | undefined) => {
      const from = anchor ?? index;
      setPicked((old) => {
        const next = new Map(old);
        for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
          const row = rowAt(i);
          if (row) next.set(row.id, row);
        }
        return next;
      });
      setAnchor(index);
    },
    [anchor],
  );

  const clear = useCallback(() => {
    setPicked(new Map());
    setAnchor(null);
  }, []);

  return useMemo(
    () => ({ items: [...picked.values()], has: (id: string) => picked.has(id), toggle, extendTo, clear }),
    [picked, toggle, extendTo, clear],
  );
}
