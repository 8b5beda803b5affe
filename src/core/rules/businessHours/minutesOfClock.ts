/** Minutes since midnight of an "HH:MM" wall-clock time ("24:00" = 1440). */
export function minutesOfClock(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
