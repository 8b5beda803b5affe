import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { hotkeysFor } from './hotkeysFor';
import { isListKeyTarget } from './isListKeyTarget';
import { stepCursor } from './stepCursor';

interface ListKeys {
  /** CSS selector of the list's rows, in screen order; each carries `data-row-id`. */
  rows: string;
  /** The id of the list's search box (`/` focuses it). */
  searchId: string;
  openId: string | null;
  onOpen(id: string): void;
}

/**
 * The list shortcuts (`/`, j/k, Enter) for a list shown as rows on screen; the order is the
 * screen's, so grouped tables walk the way they read. Returns the cursor's row id.
 */
export function useListKeys({ rows, searchId, openId, onOpen }: ListKeys): string | null {
  const [cursorId, setCursorId] = useState<string | null>(null);
  function move(step: 1 | -1) {
    const shown = [...document.querySelectorAll<HTMLElement>(rows)];
    const at = stepCursor(
      shown.map((row) => row.dataset['rowId'] ?? ''),
      cursorId,
      openId,
      step,
    );
    const row = shown[at];
    if (!row) return;
    setCursorId(row.dataset['rowId'] ?? null);
    row.scrollIntoView({ block: 'nearest' });
  }
  useHotkeys(
    hotkeysFor({
      next: () => move(1),
      previous: () => move(-1),
      open: (event) => {
        if (cursorId !== null && isListKeyTarget(event.target)) onOpen(cursorId);
      },
      search: () => document.getElementById(searchId)?.focus(),
    }),
  );
  return cursorId;
}
