DROP INDEX `tickets_sla_due_idx`;--> statement-breakpoint
CREATE INDEX `tickets_sla_next_idx` ON `tickets` ((CASE WHEN status IN ('solved', 'closed') THEN 8640000000000000 WHEN first_responded_at IS NULL AND first_response_due_at IS NOT NULL THEN first_response_due_at WHEN resolution_due_at IS NULL THEN 8640000000000000 ELSE resolution_due_at END));--> statement-breakpoint
CREATE INDEX `tickets_priority_rank_idx` ON `tickets` ((CASE priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END),`updated_at`);
