import { and, desc, eq, gte, ilike, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditPage, auditQuerySchema } from '../../core';
import type { HubDb } from '../store/openStore';
import { agents, auditLog } from '../store/schema';

/** `%`, `_` and `\` match themselves in a LIKE pattern built from what an admin typed. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A filtered page of the audit log, newest first. `teamId` limits it to entries whose actor is
 * (now) an agent of that team: a lead's view. System entries (no agent actor) are then left out.
 */
export async function queryAuditLog(db: HubDb, query: z.output<typeof auditQuerySchema>, teamId: string | null): Promise<AuditPage> {
  const conditions: Array<SQL | undefined> = [
    query.actorId === undefined ? undefined : eq(auditLog.actorId, query.actorId),
    query.entity === undefined ? undefined : eq(auditLog.entity, query.entity),
    // An action filter matches the action or the mutation that wrote it, exactly or as a prefix.
    query.action === undefined
      ? undefined
      : or(like(auditLog.action, `${escapeLike(query.action)}%`), like(sql`${auditLog.detail}->>'mutation'`, `${escapeLike(query.action)}%`)),
    query.from === undefined ? undefined : gte(auditLog.at, query.from),
    query.to === undefined ? undefined : lt(auditLog.at, query.to),
    query.before === undefined
      ? undefined
      : query.beforeId === undefined
        ? lt(auditLog.at, query.before)
        : or(lt(auditLog.at, query.before), and(eq(auditLog.at, query.before), lt(auditLog.id, query.beforeId))),
    teamId === null ? undefined : eq(agents.teamId, teamId),
    ...(query.q ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => {
        const pattern = `%${escapeLike(word)}%`;
        return or(ilike(auditLog.action, pattern), ilike(auditLog.entity, pattern), ilike(auditLog.entityId, pattern), ilike(sql`${auditLog.detail}::text`, pattern));
      }),
  ];
  const rows = await db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorName: agents.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
      at: auditLog.at,
    })
    .from(auditLog)
    .leftJoin(agents, eq(agents.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    // One more than asked: whether an older page exists, without a count.
    .limit(query.limit + 1);
  const entries = rows.slice(0, query.limit).map((r) => ({ ...r, at: Number(r.at) }));
  const last = entries.at(-1);
  return { entries, next: rows.length > query.limit && last ? { before: last.at, beforeId: last.id } : null };
}
