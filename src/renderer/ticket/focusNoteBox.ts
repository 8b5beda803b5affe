import { noteBoxId } from './noteBoxId';
import { replyBoxId } from './replyBoxId';

/** The `n` shortcut: focus the internal note box, switching the composer to "Internal note" if it has one box for both. */
export function focusNoteBox(): void {
  const own = document.getElementById(noteBoxId);
  if (own) {
    own.focus();
    return;
  }
  const composer = document.querySelector('[data-testid="reply-composer"]');
  const toggle = [...(composer?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim() === 'Internal note');
  toggle?.click();
  // The composer re-renders as a note box first.
  requestAnimationFrame(() => document.getElementById(replyBoxId)?.focus());
}
