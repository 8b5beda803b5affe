/**
 * The due time of a ticket's running SLA target, as SQL over the replica's tickets columns:
 * first response until it is given, then resolution. Tickets with none (solved, closed, no
 * policy) get the largest JS date (year 275760), so "due soonest first" is a plain index walk.
 * The replica indexes this exact text (tickets_sla_next_idx): queries must use it verbatim.
 */
export const ticketSlaDueSql =
  "(CASE WHEN status IN ('solved', 'closed') THEN 8640000000000000 WHEN first_responded_at IS NULL AND first_response_due_at IS NOT NULL THEN first_response_due_at WHEN resolution_due_at IS NULL THEN 8640000000000000 ELSE resolution_due_at END)";
