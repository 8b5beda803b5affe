import { actorLabel, type Actor, type RowChange } from '../../core';
import type { AuditRecord } from './commitChanges';

/**
 * The audit entry of one committed core mutation: by default its name and the rows it touched,
 * always naming the actor, the mutation and the client's mutation id in the detail.
 */
export function mutationAudit(
  name: string,
  changes: readonly RowChange[],
  actor: Actor,
  mutationId: string | null,
  custom?: Omit<AuditRecord, 'actorId'>,
): AuditRecord {
  const first = changes[0];
  const base = custom ?? {
    action: name,
    entity: first?.entity ?? 'none',
    entityId: first?.id ?? '',
    detail: { rows: changes.map((c) => `${c.entity}:${c.id}`) },
  };
  return {
    // The audit table's actor column holds agents only; system actors are named in the detail.
    actorId: actor.kind === 'system' ? null : actor.agentId,
    ...base,
    detail: { ...base.detail, actor: actorLabel(actor), mutation: name, mutationId },
  };
}
