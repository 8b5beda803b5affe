/** Priority as a number (urgent 3 … low 0) over the replica's tickets; indexed verbatim (tickets_priority_rank_idx). */
export const ticketPriorityRankSql = "(CASE priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END)";
