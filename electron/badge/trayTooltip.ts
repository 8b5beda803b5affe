/** The tray icon's hover text: the app name and, when there is any, my unread count. */
export function trayTooltip(unread: number): string {
  const count = Math.max(0, Math.floor(unread));
  return count === 0 ? 'Relay' : `Relay: ${count} unread ticket${count === 1 ? '' : 's'}`;
}
