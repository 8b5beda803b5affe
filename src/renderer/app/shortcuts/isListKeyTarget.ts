/**
 * Whether a list key (Enter) is meant for the list: pressed on the page, a list row or the open
 * item, not on another button or link that Enter should press.
 */
export function isListKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target.closest('[data-list-row]')) return true;
  return !target.closest('button, a[href], [role="button"], [role="menuitem"], [role="option"], [role="tab"], [role="link"]');
}
