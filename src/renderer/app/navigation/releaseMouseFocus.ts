import type { MouseEvent } from 'react';

/**
 * After a mouse click on a navbar link, focus leaves the link so Enter then opens the list's
 * cursor row instead of following the link again; keyboard activation (detail 0) keeps focus.
 */
export function releaseMouseFocus(event: MouseEvent<HTMLElement>): void {
  if (event.detail > 0) event.currentTarget.blur();
}
