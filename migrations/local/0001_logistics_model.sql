CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`role` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `contacts_customer_idx` ON `contacts` (`customer_id`);--> statement-breakpoint
CREATE TABLE `exceptions` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`severity` text NOT NULL,
	`status` text NOT NULL,
	`shipment_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`team_id` text NOT NULL,
	`ticket_id` text,
	`detected_at` integer NOT NULL,
	`acknowledged_at` integer,
	`resolved_at` integer,
	`note` text,
	`dedupe_key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `exceptions_team_status_idx` ON `exceptions` (`team_id`,`status`,`detected_at`);--> statement-breakpoint
CREATE INDEX `exceptions_shipment_idx` ON `exceptions` (`shipment_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`lines` text NOT NULL,
	`currency` text NOT NULL,
	`total` real NOT NULL,
	`promised_date` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`);--> statement-breakpoint
CREATE INDEX `orders_number_idx` ON `orders` (`number`);--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text,
	`customer_id` text NOT NULL,
	`carrier` text NOT NULL,
	`tracking_number` text NOT NULL,
	`mode` text NOT NULL,
	`origin` text NOT NULL,
	`destination` text NOT NULL,
	`promised_date` integer,
	`eta` integer,
	`status` text NOT NULL,
	`last_event_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `shipments_customer_idx` ON `shipments` (`customer_id`);--> statement-breakpoint
CREATE INDEX `shipments_order_idx` ON `shipments` (`order_id`);--> statement-breakpoint
CREATE INDEX `shipments_tracking_idx` ON `shipments` (`tracking_number`);--> statement-breakpoint
CREATE TABLE `tracking_events` (
	`id` text PRIMARY KEY NOT NULL,
	`shipment_id` text NOT NULL,
	`status` text NOT NULL,
	`raw_code` text NOT NULL,
	`raw_reason` text,
	`carrier` text NOT NULL,
	`location` text,
	`occurred_at` integer NOT NULL,
	`flagged` integer NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tracking_events_shipment_idx` ON `tracking_events` (`shipment_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `csat_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`ticket_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `csat_ticket_idx` ON `csat_responses` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `automations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`trigger` text NOT NULL,
	`enabled` integer NOT NULL,
	`config` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kb_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`category` text NOT NULL,
	`tags` text NOT NULL,
	`updated_at` integer NOT NULL,
	`author_id` text
);
--> statement-breakpoint
CREATE TABLE `macros` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`channel` text
);
--> statement-breakpoint
CREATE TABLE `sla_policies` (
	`id` text PRIMARY KEY NOT NULL,
	`priority` text NOT NULL,
	`tier` text NOT NULL,
	`first_response_minutes` integer NOT NULL,
	`resolution_minutes` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `customers` ADD `segment` text DEFAULT 'general' NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `preferences` text DEFAULT '{"preferredChannel":"email","language":"en","quietHours":null,"optIns":{"email":true,"sms":false,"chat":false,"social":false}}' NOT NULL;--> statement-breakpoint
ALTER TABLE `messages` ADD `subject` text;--> statement-breakpoint
ALTER TABLE `messages` ADD `html_body` text;--> statement-breakpoint
ALTER TABLE `messages` ADD `attachments` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `messages` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `contact_id` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `order_id` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `shipment_id` text;--> statement-breakpoint
ALTER TABLE `tickets` ADD `first_response_due_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `resolution_due_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `first_responded_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `solved_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `sla_paused_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `sla_paused_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `tickets_customer_idx` ON `tickets` (`customer_id`);--> statement-breakpoint
CREATE INDEX `tickets_shipment_idx` ON `tickets` (`shipment_id`);