import type { HotkeyItem } from '@mantine/hooks';
import type { Shortcut } from './Shortcut';
import type { ShortcutId } from './ShortcutId';
import { shortcuts } from './shortcuts';

/** useHotkeys bindings for handlers named by shortcut, every key of each; a bound key does nothing else unless it passes through. */
export function hotkeysFor(handlers: Partial<Record<ShortcutId, (event: KeyboardEvent) => void>>): HotkeyItem[] {
  return Object.entries(handlers).flatMap(([id, handler]) => {
    const shortcut: Shortcut = shortcuts[id as ShortcutId];
    return handler ? shortcut.keys.map((key): HotkeyItem => [key, handler, { preventDefault: shortcut.passThrough !== true }]) : [];
  });
}
