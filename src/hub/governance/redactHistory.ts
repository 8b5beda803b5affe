import { and, eq, sql } from 'drizzle-orm';
import { redactionPatch, type RedactedEntity } from '../../core';
import { anyOf } from '../store/anyOf';
import type { HubTx } from '../store/openStore';
import { auditLog, changes } from '../store/schema';

/** The ids of the rows being redacted, per entity. */
export type RedactedIds = Partial<Record<RedactedEntity, readonly string[]>>;

export interface RedactedHistory {
  changeLogRows: number;
  auditEntries: number;
}

/**
 * Rewrites the past of the rows an erasure or anonymisation overwrites: every logged version
 * (the change log, which snapshots and catch-ups replay) and every audit entry's before/after
 * get the same redaction patch, so no replica catching up later and no admin browsing the
 * audit log sees the old text. Same transaction as the mutation, run before it (the run's own
 * audit entry keeps its counts).
 */
export async function redactHistory(tx: HubTx, rows: RedactedIds): Promise<RedactedHistory> {
  let changeLogRows = 0;
  let auditEntries = 0;
  for (const [entity, ids] of Object.entries(rows) as [RedactedEntity, readonly string[]][]) {
    if (ids.length === 0) continue;
    const patch = JSON.stringify(redactionPatch(entity));
    const logged = await tx
      .update(changes)
      .set({ row: sql`${changes.row} || ${patch}::jsonb` })
      .where(and(eq(changes.entity, entity), anyOf(changes.entityId, ids), eq(changes.op, 'upsert')))
      .returning({ seq: changes.seq });
    changeLogRows += logged.length;
    const side = (key: 'before' | 'after') =>
      sql`case when jsonb_typeof(${auditLog.detail} -> ${key}) = 'object' then (${auditLog.detail} -> ${key}) || ${patch}::jsonb else ${auditLog.detail} -> ${key} end`;
    const audited = await tx
      .update(auditLog)
      .set({ detail: sql`${auditLog.detail} || jsonb_strip_nulls(jsonb_build_object('before', ${side('before')}, 'after', ${side('after')}))` })
      .where(and(eq(auditLog.entity, entity), anyOf(auditLog.entityId, ids), sql`(${auditLog.detail} ? 'before' or ${auditLog.detail} ? 'after')`))
      .returning({ id: auditLog.id });
    auditEntries += audited.length;
  }
  return { changeLogRows, auditEntries };
}
