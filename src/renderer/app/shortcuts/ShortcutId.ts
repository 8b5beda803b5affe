import type { shortcuts } from './shortcuts';

export type ShortcutId = keyof typeof shortcuts;
