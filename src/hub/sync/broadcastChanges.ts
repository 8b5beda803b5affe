import type { LiveChanges } from '../../core';
import type { HubIo } from './HubSocket';

/** Sends committed batches to their scope rooms (called by the write lane after commit). */
export function broadcastChanges(io: HubIo, batches: readonly LiveChanges[]): void {
  for (const batch of batches) io.to(batch.scope).emit('changes', batch);
}
