CREATE TABLE `warehouse_events` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`type` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`warehouse` text,
	`expected_date` integer,
	`lines` text NOT NULL,
	`shipment_id` text,
	`partial` integer NOT NULL,
	`note` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `warehouse_events_order_idx` ON `warehouse_events` (`order_id`,`occurred_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_exceptions` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`severity` text NOT NULL,
	`status` text NOT NULL,
	`shipment_id` text,
	`customer_id` text NOT NULL,
	`team_id` text NOT NULL,
	`ticket_id` text,
	`detected_at` integer NOT NULL,
	`acknowledged_at` integer,
	`resolved_at` integer,
	`note` text,
	`dedupe_key` text NOT NULL,
	`assignee_id` text,
	`acknowledged_by` text,
	`resolved_by` text,
	`resolution_note` text,
	`notified_at` integer,
	`order_id` text
);
--> statement-breakpoint
INSERT INTO `__new_exceptions`("id", "type", "severity", "status", "shipment_id", "customer_id", "team_id", "ticket_id", "detected_at", "acknowledged_at", "resolved_at", "note", "dedupe_key", "assignee_id", "acknowledged_by", "resolved_by", "resolution_note", "notified_at", "order_id") SELECT "id", "type", "severity", "status", "shipment_id", "customer_id", "team_id", "ticket_id", "detected_at", "acknowledged_at", "resolved_at", "note", "dedupe_key", "assignee_id", "acknowledged_by", "resolved_by", "resolution_note", "notified_at", NULL FROM `exceptions`;--> statement-breakpoint
DROP TABLE `exceptions`;--> statement-breakpoint
ALTER TABLE `__new_exceptions` RENAME TO `exceptions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `exceptions_team_status_idx` ON `exceptions` (`team_id`,`status`,`detected_at`);--> statement-breakpoint
CREATE INDEX `exceptions_shipment_idx` ON `exceptions` (`shipment_id`);--> statement-breakpoint
CREATE INDEX `exceptions_order_idx` ON `exceptions` (`order_id`);--> statement-breakpoint
CREATE INDEX `exceptions_customer_idx` ON `exceptions` (`customer_id`,`status`);--> statement-breakpoint
CREATE INDEX `exceptions_status_detected_idx` ON `exceptions` (`status`,`detected_at`);--> statement-breakpoint
CREATE INDEX `exceptions_status_type_severity_idx` ON `exceptions` (`status`,`type`,`severity`);--> statement-breakpoint
CREATE INDEX `exceptions_ticket_idx` ON `exceptions` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `exceptions_detected_idx` ON `exceptions` (`detected_at`,`type`,`team_id`);