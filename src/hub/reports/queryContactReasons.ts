import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { byFieldRank, byTickets, reasonFieldTypes, type FieldReportRow, type TagReportRow } from '../../core';
import type { HubDb } from '../store/openStore';
import { queryRows } from '../store/queryRows';
import { inScopePeriod, inScopeTeams, type HubReportScope } from './HubReportScope';

const n = z.coerce.number();

/** Tickets created in the period in the scope's teams (what every share is out of). */
async function countTickets(db: HubDb, scope: HubReportScope): Promise<number> {
  const [row] = await queryRows(db, sql`SELECT count(*) AS n FROM tickets WHERE ${inScopeTeams(sql`team_id`, scope)} AND ${inScopePeriod(sql`created_at`, scope)}`);
  return z.object({ n }).parse(row).n;
}

/** core computeTagReport in SQL. */
export async function queryTagReport(db: HubDb, scope: HubReportScope): Promise<{ total: number; rows: TagReportRow[] }> {
  const total = await countTickets(db, scope);
  const raw = await queryRows(
    db,
    sql`SELECT tag, count(DISTINCT t.id) AS tickets FROM tickets t CROSS JOIN LATERAL jsonb_array_elements_text(t.tags) AS tag
        WHERE ${inScopeTeams(sql`t.team_id`, scope)} AND ${inScopePeriod(sql`t.created_at`, scope)} GROUP BY tag`,
  );
  const rows = raw.map((row) => z.object({ tag: z.string(), tickets: n }).parse(row)).map((r) => ({ ...r, share: r.tickets / total }));
  return { total, rows: rows.sort(byTickets<TagReportRow>((r) => r.tag)) };
}

/** core computeFieldReport in SQL: a select value as a string, a multi select as each of its choices. */
export async function queryFieldReport(db: HubDb, scope: HubReportScope): Promise<{ total: number; rows: FieldReportRow[] }> {
  const total = await countTickets(db, scope);
  const types = sql.join(reasonFieldTypes.map((t) => sql`${t}`), sql`, `);
  const raw = await queryRows(
    db,
    sql`SELECT fd.key, fd.label, v.value, count(DISTINCT t.id) AS tickets
        FROM tickets t JOIN field_defs fd ON fd.type IN (${types})
        CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(t.fields -> fd.key)
          WHEN 'array' THEN t.fields -> fd.key WHEN 'string' THEN jsonb_build_array(t.fields -> fd.key) ELSE '[]'::jsonb END) AS v(value)
        WHERE ${inScopeTeams(sql`t.team_id`, scope)} AND ${inScopePeriod(sql`t.created_at`, scope)}
        GROUP BY fd.key, fd.label, v.value`,
  );
  const rowSchema = z.object({ key: z.string(), label: z.string(), value: z.string(), tickets: n });
  const rows = raw.map((row) => {
    const r = rowSchema.parse(row);
    return { fieldKey: r.key, fieldLabel: r.label, value: r.value, tickets: r.tickets, share: r.tickets / total };
  });
  return { total, rows: rows.sort(byFieldRank) };
}
