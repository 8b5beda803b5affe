import type { MouseEvent } from 'react';

/** A left click without modifiers: the app handles it; others (Ctrl/Cmd/Shift) keep the browser's link behaviour. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
