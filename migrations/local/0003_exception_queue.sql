ALTER TABLE `exceptions` ADD `assignee_id` text;--> statement-breakpoint
ALTER TABLE `exceptions` ADD `acknowledged_by` text;--> statement-breakpoint
ALTER TABLE `exceptions` ADD `resolved_by` text;--> statement-breakpoint
ALTER TABLE `exceptions` ADD `resolution_note` text;--> statement-breakpoint
ALTER TABLE `exceptions` ADD `notified_at` integer;--> statement-breakpoint
CREATE INDEX `exceptions_customer_idx` ON `exceptions` (`customer_id`,`status`);--> statement-breakpoint
CREATE INDEX `exceptions_status_detected_idx` ON `exceptions` (`status`,`detected_at`);--> statement-breakpoint
CREATE INDEX `exceptions_status_type_severity_idx` ON `exceptions` (`status`,`type`,`severity`);--> statement-breakpoint
CREATE INDEX `exceptions_ticket_idx` ON `exceptions` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `customers_name_idx` ON `customers` (lower("name"));--> statement-breakpoint
CREATE INDEX `csat_customer_idx` ON `csat_responses` (`customer_id`);--> statement-breakpoint
CREATE INDEX `tickets_number_idx` ON `tickets` (`number`);