// Under an hour either way is noise against a promised date.
const TOLERANCE_MS = 3_600_000;

/** Whether a shipment's arrival (or ETA) is meaningfully past its promised date. */
export function isLate(delayMs: number | null): delayMs is number {
  return delayMs !== null && delayMs > TOLERANCE_MS;
}
