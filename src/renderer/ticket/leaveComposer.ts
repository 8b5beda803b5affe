/**
 * Escape in the reply box: focus goes back to the open ticket's row in the list (or the ticket
 * itself), so single-key shortcuts (`e`, `j`, `a`…) act instead of typing.
 */
export function leaveComposer(): void {
  const row = document.querySelector<HTMLElement>('[data-testid="ticket-row"][aria-current="true"]');
  const view = document.querySelector<HTMLElement>('[data-testid="ticket-view"]');
  if (row) row.focus({ preventScroll: true });
  else if (view) view.focus({ preventScroll: true });
  else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}
