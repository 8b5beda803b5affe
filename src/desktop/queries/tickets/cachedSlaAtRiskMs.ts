import type { IpcEventName, IpcEventPayload } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { readSlaAtRiskMs } from './readSlaAtRiskMs';

/** Where replica changes are announced (the core's EventHub). */
interface ChangeEvents {
  on(event: Extract<IpcEventName, 'data.changed'>, listener: (payload: IpcEventPayload<'data.changed'>) => void): () => void;
}

/**
 * The SLA at-risk threshold, read once and kept until the automations rows change (every
 * replica write — sync, local write, hand-over, prune — announces its entities): every inbox
 * list and count needs it, and it changes only when a lead edits it.
 */
export function cachedSlaAtRiskMs(db: ReplicaDb, events: ChangeEvents): () => number {
  let cached: number | null = null;
  events.on('data.changed', ({ entities }) => {
    if (entities.includes('automations')) cached = null;
  });
  return () => (cached ??= readSlaAtRiskMs(db));
}
