CREATE INDEX `exceptions_detected_idx` ON `exceptions` (`detected_at`,`type`,`team_id`);--> statement-breakpoint
CREATE INDEX `orders_created_idx` ON `orders` (`created_at`,`customer_id`,`currency`,`total`);--> statement-breakpoint
CREATE INDEX `shipments_status_event_idx` ON `shipments` (`status`,`last_event_at`,`promised_date`);--> statement-breakpoint
CREATE INDEX `shipments_created_idx` ON `shipments` (`created_at`,`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `csat_created_idx` ON `csat_responses` (`created_at`,`score`,`ticket_id`);--> statement-breakpoint
CREATE INDEX `tickets_team_status_channel_idx` ON `tickets` (`team_id`,`status`,`channel`);--> statement-breakpoint
CREATE INDEX `tickets_first_responded_idx` ON `tickets` (`first_responded_at`,`created_at`,`team_id`);--> statement-breakpoint
CREATE INDEX `tickets_solved_idx` ON `tickets` (`solved_at`,`created_at`,`team_id`);--> statement-breakpoint
CREATE INDEX `tickets_fr_due_idx` ON `tickets` (`first_response_due_at`,`first_responded_at`,`sla_paused_at`,`team_id`);--> statement-breakpoint
CREATE INDEX `tickets_resolution_due_idx` ON `tickets` (`resolution_due_at`,`solved_at`,`sla_paused_at`,`team_id`);