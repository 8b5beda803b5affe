/** "Mon 08:00": when a team opens, as its own wall clock shows it (the hours are set in its zone). */
export function formatOpening(at: number, timeZone: string): string {
  return new Date(at).toLocaleString('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace(',', '');
}
