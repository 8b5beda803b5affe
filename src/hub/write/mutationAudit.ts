import { actorLabel, type Actor, type EntityName, type RowChange } from '../../core';
import type { AuditRecord } from './commitChanges';

/** Definitions (small, rarely written): their entries keep the row before and after, so the audit log shows what a tag or field became. */
const definitions: ReadonlySet<EntityName> = new Set(['tag_defs', 'field_defs']);

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
  /** The row as the mutation read it (before applying), when the caller has it. */
  before?: (entity: EntityName, id: string) => unknown,
): AuditRecord {
  const first = changes[0];
  const definition = changes.length === 1 && first !== undefined && definitions.has(first.entity) ? first : null;
  const base = custom ?? {
    action: name,
    entity: first?.entity ?? 'none',
    entityId: first?.id ?? '',
    detail: {
      rows: changes.map((c) => `${c.entity}:${c.id}`),
      ...(definition ? { before: before?.(definition.entity, definition.id) ?? null, after: definition.op === 'upsert' ? definition.row : null } : {}),
    },
  };
  return {
    // The audit table's actor column holds agents only; system actors are named in the detail.
    actorId: actor.kind === 'system' ? null : actor.agentId,
    ...base,
    detail: { ...base.detail, actor: actorLabel(actor), mutation: name, mutationId },
  };
}
