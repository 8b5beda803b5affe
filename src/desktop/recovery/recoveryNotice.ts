import type { RescueCounts } from './rescueFromDamaged';

/** The sentence the agent reads once after a rebuild: what happened and what of their work survived. */
export function recoveryNotice(rescued: RescueCounts): string {
  const start = 'The local database was damaged and has been rebuilt from the hub';
  if (!rescued.outboxReadable) return `${start}; its unsent changes could not be read.`;
  const kept = rescued.unsent + rescued.parked;
  if (kept === 0) return `${start}; no unsent changes were lost.`;
  return `${start}; ${kept} unsent ${kept === 1 ? 'change was' : 'changes were'} rescued.`;
}
