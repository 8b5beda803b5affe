ALTER TABLE `tickets` ADD `merged_into_id` text;--> statement-breakpoint
CREATE INDEX `tickets_assignee_updated_idx` ON `tickets` (`assignee_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `tickets_team_updated_idx` ON `tickets` (`team_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `tickets_status_updated_idx` ON `tickets` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `tickets_channel_updated_idx` ON `tickets` (`channel`,`updated_at`);--> statement-breakpoint
CREATE INDEX `tickets_created_idx` ON `tickets` (`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_merged_into_idx` ON `tickets` (`merged_into_id`);--> statement-breakpoint
CREATE INDEX `tickets_sla_due_idx` ON `tickets` ((CASE WHEN status IN ('solved', 'closed') THEN NULL WHEN first_responded_at IS NULL AND first_response_due_at IS NOT NULL THEN first_response_due_at ELSE resolution_due_at END));
