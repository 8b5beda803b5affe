DROP INDEX `tickets_sla_next_idx`;--> statement-breakpoint
ALTER TABLE `tickets` ADD `next_response_since` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `next_response_due_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `next_response_paused_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tickets` ADD `sla_at_risk_at` integer;--> statement-breakpoint
CREATE INDEX `tickets_sla_at_risk_idx` ON `tickets` (`sla_at_risk_at`);--> statement-breakpoint
CREATE INDEX `tickets_sla_next_idx` ON `tickets` ((CASE WHEN status IN ('solved', 'closed') THEN 8640000000000000 ELSE min(CASE WHEN first_responded_at IS NULL AND first_response_due_at IS NOT NULL THEN first_response_due_at ELSE 8640000000000000 END, coalesce(next_response_due_at, 8640000000000000), coalesce(resolution_due_at, 8640000000000000)) END));--> statement-breakpoint
ALTER TABLE `sla_policies` ADD `next_response_minutes` integer;