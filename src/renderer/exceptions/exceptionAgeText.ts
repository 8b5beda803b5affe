const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** How long an exception has waited, as a lead scans it: "35 min", "5 h", "14 d". */
export function exceptionAgeText(detectedAt: number, now: number): string {
  const age = Math.max(0, now - detectedAt);
  if (age < hour) return `${Math.max(1, Math.floor(age / minute))} min`;
  if (age < 2 * day) return `${Math.floor(age / hour)} h`;
  return `${Math.floor(age / day)} d`;
}
