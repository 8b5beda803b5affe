/**
 * The due time of a ticket's running SLA target, as SQL over the replica's tickets columns: the
 * first due of the first response (until given), a waiting next reply and resolution (core's
 * runningSlaTarget). Tickets with none (solved, closed, no
 * policy) get the largest JS date (year 275760), so "due soonest first" is a plain index walk.
 * The replica indexes this exact text (tickets_sla_next_idx): queries must use it verbatim.
 */
export const ticketSlaDueSql =
  "(CASE WHEN status IN ('solved', 'closed') THEN 8640000000000000 ELSE min(CASE WHEN first_responded_at IS NULL AND first_response_due_at IS NOT NULL THEN first_response_due_at ELSE 8640000000000000 END, coalesce(next_response_due_at, 8640000000000000), coalesce(resolution_due_at, 8640000000000000)) END)";
