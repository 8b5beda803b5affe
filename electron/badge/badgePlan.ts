/** How to show my unread count on this platform. */
export type BadgePlan =
  | { kind: 'count'; count: number }
  | { kind: 'overlay'; description: string | null };

/**
 * macOS (dock) and Linux (Unity launchers) take a number via app.setBadgeCount; the Windows
 * taskbar has no count, so it gets an overlay dot (null = remove it) with an accessible text.
 */
export function badgePlan(unread: number, platform: string): BadgePlan {
  const count = Math.max(0, Math.floor(unread));
  if (platform === 'win32') return { kind: 'overlay', description: count > 0 ? `${count} unread ticket${count === 1 ? '' : 's'}` : null };
  return { kind: 'count', count };
}
