/**
 * Viewport props for a ScrollArea that scrolls reading content (a thread, an article, a 360):
 * keyboard users can focus it to scroll with the arrow keys, and screen readers announce
 * it as a named region (axe: scrollable-region-focusable).
 */
export function scrollRegion(label: string): { tabIndex: 0; role: 'region'; 'aria-label': string } {
  return { tabIndex: 0, role: 'region', 'aria-label': label };
}
