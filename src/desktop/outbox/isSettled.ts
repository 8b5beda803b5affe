import type { Cursors } from '../../core';
import type { OutboxEntry } from './outboxStore';

/** An acked entry is settled once the replica holds every seq it wrote; its effect is then hub state. */
export function isSettled(entry: OutboxEntry, cursors: Cursors): boolean {
  if (entry.status !== 'acked' || entry.ackSeqs === null) return false;
  // A scope this replica does not hold has no cursor and will never deliver the rows: nothing to wait for.
  return Object.entries(entry.ackSeqs).every(([scope, seq]) => (cursors[scope] ?? Number.POSITIVE_INFINITY) >= seq);
}
