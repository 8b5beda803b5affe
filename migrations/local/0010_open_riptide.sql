CREATE TABLE `customer_duplicates` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`other_id` text NOT NULL,
	`reasons` text NOT NULL,
	`status` text NOT NULL,
	`detected_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `customer_duplicates_status_idx` ON `customer_duplicates` (`status`);--> statement-breakpoint
ALTER TABLE `customers` ADD `addresses` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `merged_into_id` text;