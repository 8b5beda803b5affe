/** Ctrl/Cmd+K command palette over tickets, customers, shipments and articles (being built). */
export function CommandPalette() {
  return null;
}
