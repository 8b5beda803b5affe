/** Where a shortcut works; the `?` sheet groups by it. */
export type ShortcutScope = 'Anywhere' | 'Lists' | 'Open ticket' | 'Reply box';

export interface Shortcut {
  /** Hotkeys in @mantine/hooks notation (`mod` = Ctrl, or Cmd on a Mac). */
  keys: string[];
  scope: ShortcutScope;
  /** The keys as the sheet shows them, where the bindings are more than a person types (`?` is also `shift+?`). */
  shown?: string;
  /** The key keeps its own meaning too (Enter still presses a focused button); the handler decides. */
  passThrough?: boolean;
  /** What it does, as the sheet lists it. */
  description: string;
}
