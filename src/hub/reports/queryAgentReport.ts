import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { byAgentRank, type AgentReportRow } from '../../core';
import type { HubDb } from '../store/openStore';
import { queryRows } from '../store/queryRows';
import { inScopePeriod, inScopeTeams, type HubReportScope } from './HubReportScope';

const n = z.coerce.number();
const rowSchema = z.object({
  agent_id: z.string(),
  name: z.string().nullable(),
  replies: n,
  solved: n,
  first_responses: n,
  median_fr: n.nullable(),
  csat_count: n,
  csat_sum: n,
});

/** core computeAgentReport's definitions in SQL, over every row the hub holds. */
export async function queryAgentReport(db: HubDb, scope: HubReportScope): Promise<AgentReportRow[]> {
  const raw = await queryRows(
    db,
    sql`WITH scoped AS (SELECT id, assignee_id, created_at, first_responded_at, solved_at FROM tickets WHERE ${inScopeTeams(sql`team_id`, scope)}),
      r AS (SELECT m.author_id AS agent_id, count(*) AS replies FROM messages m JOIN scoped s ON s.id = m.ticket_id
            WHERE m.direction = 'outbound' AND m.author_id IS NOT NULL AND ${inScopePeriod(sql`m.created_at`, scope)} GROUP BY 1),
      sv AS (SELECT assignee_id AS agent_id, count(*) AS solved FROM scoped
             WHERE assignee_id IS NOT NULL AND ${inScopePeriod(sql`solved_at`, scope)} GROUP BY 1),
      fr AS (SELECT assignee_id AS agent_id, count(*) AS n,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, first_responded_at - created_at)::float8) AS med
             FROM scoped WHERE assignee_id IS NOT NULL AND ${inScopePeriod(sql`first_responded_at`, scope)} GROUP BY 1),
      cs AS (SELECT s.assignee_id AS agent_id, count(*) AS n, sum(c.score) AS total FROM csat_responses c JOIN scoped s ON s.id = c.ticket_id
             WHERE s.assignee_id IS NOT NULL AND ${inScopePeriod(sql`c.created_at`, scope)} GROUP BY 1),
      ids AS (SELECT agent_id FROM r UNION SELECT agent_id FROM sv UNION SELECT agent_id FROM fr UNION SELECT agent_id FROM cs)
    SELECT ids.agent_id::text AS agent_id, a.name, coalesce(r.replies, 0) AS replies, coalesce(sv.solved, 0) AS solved,
      coalesce(fr.n, 0) AS first_responses, fr.med AS median_fr, coalesce(cs.n, 0) AS csat_count, coalesce(cs.total, 0) AS csat_sum
    FROM ids LEFT JOIN agents a ON a.id = ids.agent_id LEFT JOIN r USING (agent_id) LEFT JOIN sv USING (agent_id)
      LEFT JOIN fr USING (agent_id) LEFT JOIN cs USING (agent_id)`,
  );
  return raw
    .map((row) => {
      const r = rowSchema.parse(row);
      return {
        agentId: r.agent_id,
        agentName: r.name ?? 'Unknown agent',
        replies: r.replies,
        solved: r.solved,
        firstResponses: r.first_responses,
        medianFirstResponseMs: r.median_fr,
        csatResponses: r.csat_count,
        csatAverage: r.csat_count === 0 ? null : r.csat_sum / r.csat_count,
      };
    })
    .sort(byAgentRank);
}
