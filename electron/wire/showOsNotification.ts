import { Notification } from 'electron';
import type { ShellNotification } from '../attention/ShellNotification';

// Electron drops a notification's click handler if the object is garbage-collected first.
const shown = new Set<Notification>();

/** Shows a notification; clicking it calls `onClick` (focus the window, open the item). */
export function showOsNotification(note: ShellNotification, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: note.title, body: note.body, silent: false });
  shown.add(notification);
  notification.on('click', () => {
    shown.delete(notification);
    onClick();
  });
  notification.on('close', () => shown.delete(notification));
  notification.show();
}
