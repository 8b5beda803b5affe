/** "3 tickets, 12 messages, …" from a run's counts, leaving out what it did not touch. */
export function touchedSummary(touched: Record<string, number>): string {
  const parts = Object.entries(touched)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}
