import { app, nativeImage, type BrowserWindow } from 'electron';
import { badgePlan } from '../badge/badgePlan';
import { overlayDotDataUrl } from '../badge/overlayDot';

/** Puts my unread count on the dock (macOS), launcher (Linux) or taskbar overlay (Windows). */
export function showUnreadBadge(unread: number, win: BrowserWindow | null): void {
  const plan = badgePlan(unread, process.platform);
  if (plan.kind === 'count') {
    app.setBadgeCount(plan.count);
    return;
  }
  if (!win) return;
  win.setOverlayIcon(plan.description ? nativeImage.createFromDataURL(overlayDotDataUrl) : null, plan.description ?? '');
}
